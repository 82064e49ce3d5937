"""Write the DOCX texts as JSON for the R script, and the gold."""
import json, sys
from content import GREAT_BRITAIN as D
from gold import make_gold, write
out = sys.argv[1]
json.dump(D, open("build/gb_content.json", "w", encoding="utf-8"), ensure_ascii=False)
write(out + ".json", make_gold(D, [D["header"], D["footer"]], {"Part One": [D["fig"]]}))
