import React from "react";

export default ({ _body, heading }) => (
	<aside className="fact" aria-label="Fact box">
		<h3>{ heading }</h3>
		<div className="fact-body">{ _body }</div>
	</aside>
);
