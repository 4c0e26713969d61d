// Placeholder.
print("letterhead")
