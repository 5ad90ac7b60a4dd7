# A name followed by a conditional without else.
Can block if the connection is blocked
