import { Html, Head, Main, NextScript } from 'next/document';

export default function Document() {
  return (
    <Html lang="en-US">
      <Head />
      <body>
        <a className="skip" href="#story">Skip to the story</a>
        <Main />
        <NextScript />
      </body>
    </Html>
  );
}
