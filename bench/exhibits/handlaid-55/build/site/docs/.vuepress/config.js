import { defaultTheme } from '@vuepress/theme-default'
import { viteBundler } from '@vuepress/bundler-vite'
import { defineUserConfig } from 'vuepress'

export default defineUserConfig({
  lang: 'en-GB',
  title: 'Calder Hall of Music',
  description: 'Online companion to the Baroque Gallery',
  bundler: viteBundler(),
  theme: defaultTheme({
    navbar: [
      { text: 'Visit', link: '/' },
      { text: 'Galleries', children: [{ text: 'Baroque Gallery', link: '/vivaldi.html' }] },
      { text: 'Collections', link: '/' },
    ],
    sidebar: 'heading',
    sidebarDepth: 2,
    contributors: false,
    lastUpdated: false,
    editLink: false,
    prev: false,
    next: false,
  }),
})
