package org.sahifa.bench;

import java.io.File;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Two or more builds' searches timed in one JVM, alternately first, round after round (docs/performance.md, session 14):
 * {@code java -Xmx3g -cp target/test-classes:$(cat /tmp/cp.txt) org.sahifa.bench.SearchAb ROUNDS
 * name=CLASSES:TEST_CLASSES:INDEX ...} (INDEX: an index {@link BuildBenchIndex} built, {@code DIR/index-x10});
 * each build's {@code org.sahifa} classes come from its own class loader, the dependencies from the class path. Prints each build's CPU p50 / p90 / p99 per search, per query, and its results
 * checksum. Not shipped.
 */
public final class SearchAb {
    private SearchAb() {
    }

    public static void main(String[] a) throws Exception {
        int rounds = Integer.parseInt(a[0]);
        int n = a.length - 1;
        String[] names = new String[n];
        Object[] probes = new Object[n];
        Method[] time = new Method[n];
        String[] one = null, two = null;
        for (int i = 0; i < n; i++) {
            String[] kv = a[i + 1].split("=");
            names[i] = kv[0];
            String[] p = kv[1].split(":");
            // the build's own classes first; SearchProbe from this driver's classes where the build has none
            URL[] urls = {new File(p[0]).toURI().toURL(), new File(p[1]).toURI().toURL(),
                SearchAb.class.getProtectionDomain().getCodeSource().getLocation()};
            ClassLoader cl = new URLClassLoader(urls, SearchAb.class.getClassLoader()) {
                @Override
                protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
                    if (name.startsWith("org.sahifa.")) {
                        synchronized (getClassLoadingLock(name)) {
                            Class<?> c = findLoadedClass(name);
                            if (c == null) c = findClass(name);
                            if (resolve) resolveClass(c);
                            return c;
                        }
                    }
                    return super.loadClass(name, resolve);
                }
            };
            Class<?> pc = cl.loadClass("org.sahifa.bench.SearchProbe");
            probes[i] = pc.getConstructor(String.class).newInstance(p[2]);
            time[i] = pc.getMethod("time", String.class);
            one = (String[]) pc.getMethod("one").invoke(null);
            two = (String[]) pc.getMethod("two").invoke(null);
        }
        for (String[] qs : new String[][] {one, two}) {
            for (int w = 0; w < rounds; w++) for (String q : qs) for (int i = 0; i < n; i++) time[i].invoke(probes[i], q);
            long[][] t = new long[n][rounds * qs.length];
            Map<String, long[][]> perQ = new LinkedHashMap<>();
            for (String q : qs) perQ.put(q, new long[n][rounds]);
            int k = 0;
            for (int r = 0; r < rounds; r++) {
                for (String q : qs) {
                    for (int j = 0; j < n; j++) {
                        int i = (r + j) % n; // alternate who goes first
                        long ns = (long) time[i].invoke(probes[i], q);
                        t[i][k] = ns;
                        perQ.get(q)[i][r] = ns;
                    }
                    k++;
                }
            }
            System.out.printf("%s-word:", qs == one ? "one" : "two");
            for (int i = 0; i < n; i++) {
                long[] s = t[i].clone(); Arrays.sort(s);
                System.out.printf("  %s p50 %.3f p90 %.3f p99 %.3f ms", names[i], s[s.length / 2] / 1e6, s[s.length * 9 / 10] / 1e6, s[s.length * 99 / 100] / 1e6);
            }
            System.out.println();
            for (var e : perQ.entrySet()) {
                System.out.printf("   %s", e.getKey());
                for (int i = 0; i < n; i++) { long[] s = e.getValue()[i].clone(); Arrays.sort(s); System.out.printf("  %s %.3f", names[i], s[s.length / 2] / 1e6); }
                System.out.println();
            }
        }
        for (int i = 0; i < n; i++) {
            Method m = probes[i].getClass().getMethod("results");
            String r = (String) m.invoke(probes[i]);
            System.out.println(names[i] + " " + r.substring(r.lastIndexOf("results checksum")));
            ((AutoCloseable) probes[i]).close();
        }
    }
}
