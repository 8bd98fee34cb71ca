//go:build linux

package maskbench

import (
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"golang.org/x/sys/unix"

	"github.com/qwenkit/qwenkit/grammar"
)

// threadCPU is the calling thread's CPU time (the goroutine is locked to
// its thread while timing).
func threadCPU() time.Duration {
	var ts unix.Timespec
	if err := unix.ClockGettime(unix.CLOCK_THREAD_CPUTIME_ID, &ts); err != nil {
		return time.Duration(time.Now().UnixNano())
	}
	return time.Duration(ts.Nano())
}

// BenchmarkMaskBenchCPU replays MaskBench (every MASKBENCH_EVERY-th file,
// default 10; MASKBENCH_FILES=a.json,b.json names files instead) timing compiles and masks by thread CPU time, which other
// processes on a loaded machine do not inflate; with -v it logs the ten
// (MASKBENCH_TOP) slowest files by compile time and by slowest mask.
func BenchmarkMaskBenchCPU(b *testing.B) {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	tok, ix, files, _ := sample(b)
	if s := os.Getenv("MASKBENCH_FILES"); s != "" {
		dir := filepath.Dir(files[0])
		files = nil
		for _, f := range strings.Split(s, ",") {
			files = append(files, filepath.Join(dir, f))
		}
	}
	for i := 0; i < b.N; i++ {
		tm := &Timings{Clock: threadCPU}
		var rs []FileResult
		for _, f := range files {
			rs = append(rs, RunFile(f, ix, tok, grammar.Options{AnyOrder: true}, tm))
		}
		s := Summarize(rs, tm)
		b.ReportMetric(s.MaskUS["p50"], "mask-p50-µs")
		b.ReportMetric(s.MaskUS["p99"], "mask-p99-µs")
		b.ReportMetric(s.MaskUS["max"], "mask-max-µs")
		b.ReportMetric(s.CompileMS["p50"], "compile-p50-ms")
		b.ReportMetric(s.CompileMS["p99"], "compile-p99-ms")
		b.ReportMetric(s.CompileMS["max"], "compile-max-ms")
		b.ReportMetric(float64(s.Passed), "passed")
		if i == 0 && testing.Verbose() {
			top := 10
			if n, err := strconv.Atoi(os.Getenv("MASKBENCH_TOP")); err == nil {
				top = n
			}
			sort.Slice(rs, func(i, j int) bool { return rs[i].CompileMS > rs[j].CompileMS })
			for _, r := range rs[:min(top, len(rs))] {
				b.Logf("compile %7.1f ms  %s", r.CompileMS, r.File)
			}
			sort.Slice(rs, func(i, j int) bool { return rs[i].MaxMaskUS > rs[j].MaxMaskUS })
			for _, r := range rs[:min(top, len(rs))] {
				b.Logf("mask %9.0f µs  %s", r.MaxMaskUS, r.File)
			}
		}
	}
}
