// Astro 5 + Starlight 0.37: the Thornbury Collection online gallery guide.
import { defineConfig, passthroughImageService } from 'astro/config';
import starlight from '@astrojs/starlight';

export default defineConfig({
  site: 'https://example.org',
  image: { service: passthroughImageService() },
  integrations: [
    starlight({
      title: 'Thornbury Collection',
      description: 'Online guide to the Thornbury Collection of Scientific Instruments',
      pagefind: false,
      customCss: ['./src/styles/exhibit.css'],
      editLink: { baseUrl: 'https://example.org/thornbury/guide/edit/main/' },
      lastUpdated: false,
      sidebar: [
        { label: 'Visit', items: [{ label: 'Opening hours', slug: 'visit' }] },
        { label: 'Galleries', items: [
          { label: 'Weighing the World', slug: 'galleries/cavendish_experiment_1798' },
          { label: 'Clocks and Calendars', slug: 'galleries/clocks' },
        ] },
      ],
    }),
  ],
});
