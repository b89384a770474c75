// Upload fixtures built in code, so the test corpus needs no binary files in git: a minimal Word
// .docx (one paragraph per line) and minimal PDFs, one with a text layer that carries Chinese text
// through a ToUnicode map, and one that is a scanned page (an image, no text).
import JSZip from "jszip";

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
</Types>`;

const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
</Relationships>`;

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** A .docx whose paragraphs are the text's lines. */
export async function buildDocx(text: string): Promise<Uint8Array> {
  const paragraphs = text
    .split("\n")
    .map((line) => (line ? `<w:p><w:r><w:t xml:space="preserve">${escapeXml(line)}</w:t></w:r></w:p>` : "<w:p/>"))
    .join("");
  const zip = new JSZip();
  zip.file("[Content_Types].xml", CONTENT_TYPES);
  zip.file("_rels/.rels", ROOT_RELS);
  zip.file(
    "word/document.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${paragraphs}</w:body></w:document>`,
  );
  return zip.generateAsync({ type: "uint8array" });
}

/** A ZIP archive that holds no Word document: renamed .docx, it must be refused. */
export async function buildZipWithoutDocument(): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file("readme.txt", "not a word document");
  return zip.generateAsync({ type: "uint8array" });
}

/** Numbers the objects, writes the cross-reference table with exact byte offsets and the trailer. */
function assemblePdf(objects: string[]): Uint8Array {
  let body = "%PDF-1.7\n";
  const offsets: number[] = [];
  for (const [index, object] of objects.entries()) {
    offsets.push(Buffer.byteLength(body, "latin1"));
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  }
  const xrefOffset = Buffer.byteLength(body, "latin1");
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, "0")} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xrefOffset}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(body, "latin1"));
}

function stream(content: string, dictionary = ""): string {
  return `<< ${dictionary} /Length ${Buffer.byteLength(content, "latin1")} >>\nstream\n${content}\nendstream`;
}

/** UTF-16BE code units as hex: the character codes of an Identity-H font whose ToUnicode is the identity. */
function toHex(line: string): string {
  let hex = "";
  for (let i = 0; i < line.length; i += 1) hex += line.charCodeAt(i).toString(16).padStart(4, "0");
  return hex;
}

const IDENTITY_TO_UNICODE = [
  "/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
  "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
  "/CMapName /Adobe-Identity-UCS def", "/CMapType 2 def",
  "1 begincodespacerange", "<0000> <FFFF>", "endcodespacerange",
  "1 beginbfrange", "<0000> <FFFF> <0000>", "endbfrange",
  "endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end",
].join("\n");

/** A one-page PDF with a text layer: each line of the text is one line on the page. */
export function buildTextPdf(text: string): Uint8Array {
  const lines = text.split("\n");
  const height = 40 + lines.length * 14;
  const content = lines
    .map((line, i) => `BT /F1 10 Tf 1 0 0 1 20 ${height - 20 - i * 14} Tm <${toHex(line)}> Tj ET`)
    .join("\n");
  return assemblePdf([
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 30000 ${height}] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>`,
    stream(content),
    "<< /Type /Font /Subtype /Type0 /BaseFont /YardstickSans /Encoding /Identity-H /DescendantFonts [6 0 R] /ToUnicode 7 0 R >>",
    "<< /Type /Font /Subtype /CIDFontType2 /BaseFont /YardstickSans /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor 8 0 R /DW 1000 >>",
    stream(IDENTITY_TO_UNICODE),
    "<< /Type /FontDescriptor /FontName /YardstickSans /Flags 4 /FontBBox [0 -200 1000 900] /ItalicAngle 0 /Ascent 900 /Descent -200 /CapHeight 700 /StemV 80 >>",
  ]);
}

/** A scanned page: one grey 2×2 image and no text at all. */
export function buildImageOnlyPdf(): Uint8Array {
  const pixels = "\x80\x80\x80\x80";
  return assemblePdf([
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Resources << /XObject << /Im1 5 0 R >> >> /Contents 4 0 R >>",
    stream("q 200 0 0 200 0 0 cm /Im1 Do Q"),
    stream(pixels, "/Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8"),
  ]);
}
