import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { parse } from 'csv-parse/sync';
import { CodeSearchIndex } from './code-search-index';
import { IndexTermFiles } from './index-terms';
function rows(file: string) {
  const r: Record<string,string>[] = parse(gunzipSync(readFileSync(file)).toString(), { columns: true });
  return r.map((x) => ({ code: x.code as string, billable: x.billable === 'true', shortDescription: x.short_description as string, longDescription: x.long_description as string }));
}
it('scratch', () => {
  const f = new IndexTermFiles('/work/shared/data');
  let t0 = Date.now();
  const cm = CodeSearchIndex.build(rows('/work/shared/data/icd10cm-2025.csv.gz'), f.terms('ICD10CM'));
  const pcs = CodeSearchIndex.build(rows('/work/shared/data/icd10pcs-2025.csv.gz'), f.terms('ICD10PCS'));
  const out: string[] = [`build ${Date.now() - t0} vocab ${(cm as any).vocab.length} docs ${(cm as any).docTokens.length}`];
  for (const [ix, q] of [[cm,'sepsis'],[cm,'type 2 diabetes'],[cm,'uti'],[cm,'chf'],[cm,'copd exacerbation'],[pcs,'appendectomy'],[pcs,'laparoscopic appendectomy'],[cm,'E11'],[cm,'e11.9'],[cm,'oxem'],[cm,'fracture'],[cm,'htn'],[cm,'afib'],[cm,'pneumonia'],[cm,'heart fail']] as [CodeSearchIndex,string][]) {
    let ms = 1e9; let hits = ix.search(q);
    for (let k = 0; k < 5; k++) { t0 = performance.now(); hits = ix.search(q); ms = Math.min(ms, performance.now() - t0); }
    out.push(`${q} (${hits.length}, ${ms.toFixed(1)}ms): ` + hits.slice(0, 5).map((h) => `${h.row.code}${h.row.billable?'':'*'} ${h.row.longDescription.slice(0,40)}${h.via ? ' ['+h.via+']' : ''}`).join(' | '));
  }
  console.log(out.join('\n'));
});
