package cn.gongkai.bench;

import cn.gongkai.domain.targets.*;
import java.util.*;
/** The indicator library's search (docs/benchmarks.md): the shipped entries and 2,000 own ones. Run from the repository root. */
public final class LibraryBenchmark { private LibraryBenchmark() {
  }

  public static void main(String[] a) throws Exception {
  var shipped = IndicatorLibrary.parse(java.nio.file.Files.readString(java.nio.file.Path.of("resources/standard/indicators.txt")));
  List<LibraryEntry> own = new ArrayList<>();
  for (int i = 0; i < 2000; i++) own.add(new LibraryEntry("自定义"+(i%20), Level1.OUTPUT, "数量指标", "自定义指标"+i+"完成率", "≥90", "%", true));
  long t0=System.nanoTime(); var lib = new IndicatorLibrary(shipped, own); long build=System.nanoTime()-t0;
  String[] qs={"低保","安全 次数","满意度","垃圾","率","完成率","环境卫生","数量指标","不存在的词",""};
  long[] ns=new long[2000];
  for (int i=0;i<2000;i++){ long s=System.nanoTime(); lib.search(qs[i%qs.length],50); ns[i]=System.nanoTime()-s;}
  long[] first=new long[qs.length]; var lib2=new IndicatorLibrary(shipped, own);
  Arrays.sort(ns); System.out.printf("entries %d build %.2f ms; search median %.3f ms p99 %.3f ms max %.3f ms%n", lib.all().size(), build/1e6, ns[1000]/1e6, ns[1980]/1e6, ns[1999]/1e6);
  long s=System.nanoTime(); lib2.search("低保",50); System.out.printf("first search in a fresh library %.3f ms%n",(System.nanoTime()-s)/1e6);
}}
