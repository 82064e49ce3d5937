CONTENT_ROOT = "content"
OUTPUT_ROOT = "output"
THEME_PATHS = ["theme"]
DEFAULT_TEMPLATE = "exhibit.html"
PLUGINS = []
SITE_NAME = "Museum of Number, Cheltham"
