// @ts-check
module.exports = {
  title: 'Hollin Centre for Architecture',
  tagline: 'Online galleries',
  url: 'https://example.org',
  baseUrl: '/',
  onBrokenLinks: 'warn',
  favicon: undefined,
  i18n: { defaultLocale: 'en', locales: ['en'] },
  presets: [
    ['classic', {
      docs: { routeBasePath: 'galleries', sidebarPath: require.resolve('./sidebars.js') },
      blog: false,
      theme: { customCss: require.resolve('./src/css/custom.css') },
    }],
  ],
  themeConfig: {
    navbar: {
      title: 'Hollin Centre for Architecture',
      items: [
        { type: 'docSidebar', sidebarId: 'rooms', position: 'left', label: 'Galleries' },
        { href: '#visit', label: 'Visit', position: 'right' },
      ],
    },
    footer: {
      style: 'dark',
      copyright: 'Hollin Centre for Architecture · Registered charity 0000000',
    },
    colorMode: { defaultMode: 'light', disableSwitch: true },
  },
};
