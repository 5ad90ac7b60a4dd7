# The second subscript of a sum, with blanks inside the brackets.
nums = [1, 2]
print(nums[  1  ] + nums[ 2 ])
