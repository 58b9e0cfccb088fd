// The same content as a Hugo site (Markdown + front matter) with a simple layout equivalent to
// the portal's: header with navigation and search form, breadcrumb-like section link, one <main>
// with the text, footer; list pages of ten entries; a sitemap. One external stylesheet.
import { cp, mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Blocks, Image, InlineNode, ListBlock, Snapshot } from '@stadtportal/shared';

export interface HugoDoc {
  section: 'seiten' | 'aktuelles' | 'veranstaltungen' | 'leistungen' | 'rat';
  url: string;
  title: string;
  date: string;
  summary: string;
  body: Blocks;
  image: Image | null;
}

function inline(nodes: InlineNode[]): string {
  return nodes
    .map((n) => {
      if (n.type === 'link') return `[${inline(n.children)}](${n.url})`;
      let t = n.text.replace(/([*_`[\]])/g, '\\$1');
      if (n.bold) t = `**${t}**`;
      if (n.italic) t = `*${t}*`;
      return t;
    })
    .join('');
}

function listMd(l: ListBlock, depth: number): string {
  return l.children
    .map((c, i) => (c.type === 'list' ? listMd(c, depth + 1) : `${'  '.repeat(depth)}${l.format === 'ordered' ? `${i + 1}.` : '-'} ${inline(c.children)}`))
    .join('\n');
}

export function toMarkdown(blocks: Blocks): string {
  const out: string[] = [];
  for (const b of blocks) {
    switch (b.type) {
      case 'paragraph':
        out.push(inline(b.children));
        break;
      case 'heading':
        out.push(`${'#'.repeat(b.level)} ${inline(b.children)}`);
        break;
      case 'quote':
        out.push(`> ${inline(b.children)}`);
        break;
      case 'code':
        out.push(`\`\`\`\n${b.children.map((c) => (c.type === 'text' ? c.text : '')).join('')}\n\`\`\``);
        break;
      case 'list':
        out.push(listMd(b, 0));
        break;
      case 'image':
        out.push(`![${b.image.alt}](/medien/${b.image.file} "${b.caption ?? ''}")`);
        break;
    }
  }
  return `${out.join('\n\n')}\n`;
}

const yaml = (s: string) => JSON.stringify(s);

const CONFIG = `baseURL = "https://www.aschersleben.example/"
languageCode = "de"
title = "Stadt Aschersleben"
disableKinds = ["taxonomy", "term", "RSS"]
paginate = 10
[markup.goldmark.renderer]
unsafe = false
[outputs]
home = ["HTML"]
section = ["HTML"]
`;

const BASEOF = `<!doctype html>
<html lang="de">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ .Title }} – {{ site.Title }}</title>
<meta name="description" content="{{ .Summary | plainify | truncate 150 }}">
<link rel="stylesheet" href="/css/site.css">
</head>
<body>
<a class="skip" href="#inhalt">Zum Inhalt springen</a>
<header><a href="/">{{ site.Title }}</a>
<nav aria-label="Hauptnavigation"><ul><li><a href="/rathaus-und-buergerservice/">Rathaus und Bürgerservice</a></li><li><a href="/leben-in-aschersleben/">Leben in Aschersleben</a></li><li><a href="/kultur-und-tourismus/">Kultur und Tourismus</a></li><li><a href="/wirtschaft/">Wirtschaft</a></li><li><a href="/aktuelles/">Aktuelles</a></li><li><a href="/veranstaltungen/">Veranstaltungen</a></li></ul></nav>
<form role="search" action="/suche/"><label for="q">Suche</label><input id="q" name="q" type="search"><button>Suchen</button></form>
</header>
<nav aria-label="Brotkrümelnavigation"><a href="/">Startseite</a>{{ with .Parent }} › <a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}</nav>
<main id="inhalt" data-pagefind-body>{{ block "main" . }}{{ end }}</main>
<footer><ul><li><a href="/impressum/">Impressum</a></li><li><a href="/datenschutz/">Datenschutz</a></li><li><a href="/barrierefreiheit/">Barrierefreiheit</a></li></ul></footer>
</body>
</html>
`;

const SINGLE = `{{ define "main" }}<article><h1>{{ .Title }}</h1>
<p class="lead">{{ .Params.summary }}</p>
{{ with .Params.image }}<img src="/medien/{{ .file }}" alt="{{ .alt }}" width="{{ .width }}" height="{{ .height }}">{{ end }}
{{ .Content }}
<p>Stand: {{ .Date.Format "02.01.2006" }}</p></article>{{ end }}
`;

const LIST = `{{ define "main" }}<h1>{{ .Title }}</h1>
<ul>{{ range .Paginator.Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> <span>{{ .Date.Format "02.01.2006" }}</span><p>{{ .Params.summary }}</p></li>{{ end }}</ul>
{{ template "_internal/pagination.html" . }}{{ end }}
`;

const CSS = `body{font-family:system-ui,sans-serif;line-height:1.5;margin:0 auto;max-width:60rem;padding:0 1rem;color:#1a1a1a}
a{color:#0b4f8a}.skip{position:absolute;left:-999px}.skip:focus{left:1rem}header,footer{padding:1rem 0}
nav ul{display:flex;flex-wrap:wrap;gap:1rem;list-style:none;padding:0}img{max-width:100%;height:auto}
`;

export async function hugoSite(dir: string, docs: HugoDoc[], snapshot: Snapshot, mediaDir: string): Promise<void> {
  const files: Record<string, string> = {
    'hugo.toml': CONFIG,
    'layouts/_default/baseof.html': BASEOF,
    'layouts/_default/single.html': SINGLE,
    'layouts/_default/list.html': LIST,
    'layouts/index.html': LIST,
    'static/css/site.css': CSS,
    'content/_index.md': `---\ntitle: ${yaml(snapshot.settings.siteName)}\n---\n`,
    'content/aktuelles/_index.md': '---\ntitle: "Aktuelles"\n---\n',
    'content/veranstaltungen/_index.md': '---\ntitle: "Veranstaltungen"\n---\n',
    'content/leistungen/_index.md': '---\ntitle: "Leistungen A–Z"\n---\n',
    'content/seiten/_index.md': '---\ntitle: "Seiten"\n---\n',
    'content/rat/_index.md': '---\ntitle: "Ratsinformation"\n---\n',
  };
  docs.forEach((d, i) => {
    const image = d.image ? `image:\n  file: ${yaml(d.image.file)}\n  alt: ${yaml(d.image.alt)}\n  width: ${d.image.width}\n  height: ${d.image.height}\n` : '';
    files[`content/${d.section}/d${i}.md`] =
      `---\ntitle: ${yaml(d.title)}\ndate: ${d.date}\nurl: ${yaml(d.url)}\nsummary: ${yaml(d.summary)}\n${image}---\n\n${toMarkdown(d.body)}`;
  });
  for (const [rel, text] of Object.entries(files)) {
    const file = join(dir, rel);
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, text);
  }
  await cp(mediaDir, join(dir, 'static/medien'), { recursive: true });
}
