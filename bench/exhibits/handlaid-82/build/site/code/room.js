import React from "react";

const P = ( { t } ) => <p>{ t }</p>;

export default ({ label, heading, anchor, paras, figure, quote }) => {
	const out = [];
	paras.forEach( ( t, i ) => {
		out.push( <P key={ "p" + i } t={ t } /> );
		if( figure && i + 1 === figure.after ) {
			out.push(
				<figure key="fig" className="pic">
					<img src={ figure.src } alt="" width="480" height="320" loading="lazy" />
					<figcaption>{ figure.caption } <span className="credit">{ figure.credit }</span></figcaption>
				</figure>
			);
		}
		if( quote && i === 0 ) {
			out.push(
				<blockquote key="q" className="voice"><p>{ quote.text }</p><footer>{ quote.by }</footer></blockquote>
			);
		}
	});
	return (
		<details open className="room" id={ anchor }>
			<summary><span className="num">{ label }</span> <h2>{ heading }</h2></summary>
			<div className="room-body">{ out }</div>
		</details>
	);
};
