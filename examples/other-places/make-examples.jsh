// Writes the four sample files of this folder from the real wording kept in src/test/resources/fixtures/other-places,
// with the tests' SeedFormats (Apache POI, PDFBox in a CJK font, a web page inside site chrome). From the repository root:
//   mvn -B -q -o test-compile dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt
//   jshell --class-path target/classes:target/test-classes:$(cat /tmp/cp.txt) examples/other-places/make-examples.jsh
import java.nio.file.*;
import java.nio.charset.*;
import java.util.*;
import java.lang.reflect.*;
Class<?> f = Class.forName("org.dutygraph.importer.read.SeedFormats");
Method docx = f.getDeclaredMethod("docx", List.class); docx.setAccessible(true);
Method pdf = f.getDeclaredMethod("pdf", List.class, String.class); pdf.setAccessible(true);
Method html = f.getDeclaredMethod("html", List.class, String.class); html.setAccessible(true);
Path src = Path.of("src/test/resources/fixtures/other-places");
Path out = Path.of("examples/other-places");
List<String> lishan = Files.readAllLines(src.resolve("lishan-keywork-2023.txt"));
List<String> guandu = Files.readAllLines(src.resolve("guandu-growth-2016.txt"));
List<String> caidian = Files.readAllLines(src.resolve("caidian-targets-2023.txt"));
String yuncheng = Files.readString(src.resolve("yuncheng-emergency-2017.txt"));
Files.write(out.resolve("lishan-keywork-2023.docx"), (byte[]) docx.invoke(null, lishan));
Files.write(out.resolve("guandu-growth-2016.pdf"), (byte[]) pdf.invoke(null, guandu, "官渡区人民政府"));
Files.write(out.resolve("caidian-targets-2023.html"), (byte[]) html.invoke(null, caidian, "蔡甸区人民政府门户网站"));
Files.write(out.resolve("yuncheng-emergency-2017-gbk.txt"), yuncheng.getBytes(Charset.forName("GBK")));
System.out.println("done");
/exit
