<%inherit file="base.mako"/>
${page.out}
