"""Write the six gold JSON files from content.py."""
import os
from content import write_gold
write_gold(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
print("gold written")
