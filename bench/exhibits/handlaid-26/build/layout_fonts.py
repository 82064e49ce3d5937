FDIR = "/usr/share/fonts/truetype/liberation/"
FONT_FILES = {
    "serif": "LiberationSerif-Regular.ttf", "serif-b": "LiberationSerif-Bold.ttf",
    "serif-i": "LiberationSerif-Italic.ttf", "serif-bi": "LiberationSerif-BoldItalic.ttf",
    "sans": "LiberationSans-Regular.ttf", "sans-b": "LiberationSans-Bold.ttf",
    "sans-i": "LiberationSans-Italic.ttf", "sans-bi": "LiberationSans-BoldItalic.ttf",
}
