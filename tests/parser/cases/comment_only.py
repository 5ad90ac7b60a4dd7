# Only a comment.

   
# and another
