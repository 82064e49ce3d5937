import React from "react";

export default ({ title, kicker, h1, h1sub, lede, dates, rooms, factbox }) => (
	<html lang="en">
	<head>
		<meta charSet="utf-8" />
		<meta name="viewport" content="width=device-width, initial-scale=1" />
		<title>{ title } | Harrowgate Museum of Sound</title>
		<link rel="stylesheet" href="assets/style.css" />
	</head>
	<body id="top">
		<a className="skip" href="#rooms">Skip to the exhibition</a>
		<header className="site">
			<p className="brand">Harrowgate Museum of Sound</p>
			<nav aria-label="Language"><ul className="lang">
				<li><a href="#top" aria-current="true">English</a></li>
				<li><a href="#top" lang="nl">Nederlands</a></li>
				<li><a href="#top" lang="fr">Français</a></li>
			</ul></nav>
		</header>
		<div className="hero">
			<p className="kicker">{ kicker }</p>
			<h1>{ h1 } <span className="sub">{ h1sub }</span></h1>
			<p className="lede">{ lede }</p>
		</div>
		<section className="dates" aria-labelledby="dates-h">
			<h2 id="dates-h" className="vh">Key dates</h2>
			<ol>{ dates.map( ( d ) => <li key={ d.y }><time>{ d.y }</time> { d.t }</li> ) }</ol>
		</section>
		<main id="rooms">
			<h2 className="vh">The exhibition in three rooms</h2>
			{ rooms }
			{ factbox }
			<template id="fact-alt">
				<aside className="fact"><h3>Did you know?</h3>
				<p>The heaviest bell in the Mechelen tower weighs almost nine tonnes and is called Salvator.</p></aside>
			</template>
		</main>
		<footer className="site-foot">
			<p>Harrowgate Museum of Sound, 4 Tenter Lane, Harrowgate. Online exhibition text © 2024.</p>
			<p><a href="#top">Back to top ↑</a></p>
		</footer>
	</body>
	</html>
);
