from ursus.config import config
from pathlib import Path
import os
here = Path(__file__).resolve().parent
config.content_path = here / 'content'
config.templates_path = here / 'templates'
config.output_path = here / 'output'
config.cache_path = here / '.cache'
config.site_url = ''
config.markdown_extensions['md_in_html'] = {}
