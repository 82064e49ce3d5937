{-# LANGUAGE OverloadedStrings #-}
-- Hakyll site for the Grand Banks exhibit page (set 51).
import Hakyll

main :: IO ()
main = hakyllWith defaultConfiguration { destinationDirectory = "_site", storeDirectory = "_cache" } $ do
    match "img/*" $ do
        route idRoute
        compile copyFileCompiler
    match "css/*" $ do
        route idRoute
        compile compressCssCompiler
    match "templates/*" $ compile templateBodyCompiler
    match "pages/*.md" $ do
        route $ gsubRoute "pages/" (const "") `composeRoutes` setExtension "html"
        compile $ pandocCompiler
            >>= loadAndApplyTemplate "templates/exhibit.html" defaultContext
            >>= relativizeUrls
