package org.sahifa.search;
import org.apache.lucene.index.*;
import org.apache.lucene.search.*;
import org.apache.lucene.store.*;
import java.nio.file.Path;
/**
 * Profiling helper, not a test (decision 0219): per slow two-word bench query, the documents of each proclitic form
 * of its first word in {@code body.exact}, of each column and of both, and of the phrase; read-only over an index
 * ({@code java -cp target/test-classes:target/classes:$(cat CP) org.sahifa.search.ProcliticCounts DIR/index-x10}).
 */
public final class ProcliticCounts {
    public static void main(String[] a) throws Exception {
        try (var dir = FSDirectory.open(Path.of(a[0])); var r = DirectoryReader.open(dir)) {
            IndexSearcher s = new IndexSearcher(r);
            System.out.println("segments " + r.leaves().size() + " docs " + r.numDocs());
            for (String q : new String[] {"مجلس|الامن امن", "عبد|الملك ملك", "الامم|المتحده", "ولي|العهد"}) {
                String[] cols = q.split("\\|");
                String first = cols[0];
                var forms = ProcliticForms.of(first);
                long total = 0;
                BooleanQuery.Builder b = new BooleanQuery.Builder();
                StringBuilder sb = new StringBuilder();
                for (String f : forms) { int df = r.docFreq(new Term("body.exact", f)); total += df; sb.append(f).append(':').append(df).append(' ');
                    b.add(new TermQuery(new Term("body.exact", f)), BooleanClause.Occur.SHOULD); }
                BooleanQuery.Builder c = new BooleanQuery.Builder();
                long t2 = 0;
                for (String f : cols[1].split(" ")) { int df = r.docFreq(new Term("body.exact", f)); t2 += df; sb.append(" | ").append(f).append(':').append(df);
                    c.add(new TermQuery(new Term("body.exact", f)), BooleanClause.Occur.SHOULD); }
                int u1 = s.count(b.build()), u2 = s.count(c.build());
                BooleanQuery both = new BooleanQuery.Builder().add(b.build(), BooleanClause.Occur.FILTER).add(c.build(), BooleanClause.Occur.FILTER).build();
                MultiPhraseQuery.Builder m = new MultiPhraseQuery.Builder();
                m.add(forms.stream().map(f -> new Term("body.exact", f)).toArray(Term[]::new));
                m.add(java.util.Arrays.stream(cols[1].split(" ")).map(f -> new Term("body.exact", f)).toArray(Term[]::new));
                System.out.println(q + "\n  " + sb + "\n  union1 " + u1 + " union2 " + u2 + " both " + s.count(both) + " phrase " + s.count(m.build())
                    + " plain phrase " + s.count(new PhraseQuery("body.exact", first, cols[1].split(" ")[0])));
            }
        }
    }
}
