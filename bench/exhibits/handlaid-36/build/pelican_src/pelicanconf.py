from pelican import __version__ as PELICAN_VERSION
SITENAME = "Carse of Gowrie Farming Museum"
SITEURL = ""
TIMEZONE = "Europe/London"
DEFAULT_LANG = "en"
DEFAULT_DATE_FORMAT = "%d %B %Y"
THEME = '/work/heldout/r33/exhibits/build/pelican_theme'
ARTICLE_URL = ARTICLE_SAVE_AS = "{slug}.html"
MENUITEMS = [("Visit", "#visit"), ("Collections", "#collections"), ("Online exhibitions", "#online"), ("Support us", "#support")]
FEED_ALL_ATOM = None
CATEGORY_FEED_ATOM = None
TRANSLATION_FEED_ATOM = None
AUTHOR_FEED_ATOM = None
AUTHOR_FEED_RSS = None
DIRECT_TEMPLATES = []
TAG_SAVE_AS = CATEGORY_SAVE_AS = AUTHOR_SAVE_AS = ""
