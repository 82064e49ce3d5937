theme = "vellum"
title = "Hallam Museum of Maps"
tagline = "Online exhibitions"
extension = ".html"
