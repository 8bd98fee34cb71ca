package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/qwenkit/qwenkit/internal/membw"
	"github.com/qwenkit/qwenkit/runtime/qwen2"
)

// benchCommand measures prefill and decode speed like llama-bench.
var benchCommand = command{
	summary: "measure prefill and decode tokens per second (optionally beside llama-bench)",
	run:     runBench,
}

// benchResult is what one engine measured.
type benchResult struct {
	PP       float64 // prefill tokens per second (mean over repetitions)
	PPStd    float64
	TG       float64 // decode tokens per second
	TGStd    float64
	TTFTms   float64 // mean time to the first token's logits: the prefill
	HasPP    bool
	HasTG    bool
	Engine   string
	Failures string
}

func runBench(args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("bench", flag.ContinueOnError)
	fs.SetOutput(stderr)
	model := modelFlag(fs, "GGUF file or Hugging Face folder (required)")
	pp := fs.Int("p", 512, "prompt tokens of the prefill test (0: skip it)")
	tg := fs.Int("n", 128, "decoded tokens of the decode test (0: skip it)")
	threads := fs.Int("t", 0, "threads (0: GOMAXPROCS)")
	depth := fs.Int("d", 0, "tokens already in the cache when the decode test starts")
	reps := fs.Int("r", 5, "repetitions of each test")
	f16kv := fs.Bool("f16-kv", false, "keep the KV cache in half precision (llama-bench's default)")
	asJSON := fs.Bool("json", false, `print {"pp_tok_s", "tg_tok_s", "ttft_ms", "threads", ...} as one JSON object`)
	probe := fs.Bool("bandwidth", true, "measure memory read bandwidth and decode's share of it: after the measured decode runs, -r more, each decode step right after one pass of a read probe over a buffer as large as the weights a token reads, on the same threads, eight sequential runs each")
	wf := addWeightFlags(fs)
	llama := fs.String("llama-bench", "", "path of llama.cpp's llama-bench: run it on the same file with the same -p -n -t -r right after, and print both")
	fs.Usage = func() {
		fmt.Fprintln(stderr, `usage: qwenkit bench --model FILE [-p 512] [-n 128] [-t THREADS] [-d DEPTH] [-r 5] [--f16-kv] [--mapped] [--weight-cache DIR] [--json] [--llama-bench PATH]

Measures, like llama-bench, prefill (pp: one forward pass over -p tokens
from an empty cache; its duration is also the time to first token) and
decode (tg: -n single-token forward passes, starting from -d tokens already
in the cache) in tokens per second, the mean ± standard deviation over -r
repetitions after one warm-up. Tokens are pseudo-random ids. It also reports
the model file's size and the process's resident memory after loading and
at its peak (VmHWM). The model loads as qwenkit's other commands load it: on
Linux and CPUs with interleaved kernels (AVX-512: Q8_0, Q4_0, Q5_0, Q4_K;
AVX2: Q4_0, Q5_0, Q4_K, and Q8_0 on AMD CPUs), the weights are copied into
anonymous memory, those
formats in the interleaved layout decode reads (reported as copied_mb and
interleaved_mb; load_ms includes the copy), and the mapped file's pages
leave resident memory. With the weight cache (--weight-cache, on by
default), the copy is written to a file there at the first load of a model
file and mapped read-only at later ones (reported as weight_cache), so the
weights decode from the interleaved layout and stay memory-mapped. With
--mapped, every weight is read in place from the model file, so loading
costs no resident memory until the pages are read.

Unless --bandwidth=false, it then runs -r more decode repetitions in which
every decode step comes right after one pass of a read probe over a buffer
as large as the weights one token reads, each timed on its own, and reports
decode's weight bytes per second in those (paired_tg_weight_gb_s, over the
steps' time) as a share of the probe's (bandwidth_share; read_gb_s, over the
passes' time; both means over the repetitions) and of the probe's fastest
repetition (read_best_gb_s). Alternating step by step, both sides see the
same memory traffic from the machine's neighbours. The peak memory reported
leaves the probe's buffer out.

With --llama-bench, it runs that binary on the same file with the same
-p, -n, -t and -r right after its own runs and prints both engines side by
side (llama-bench at this commit has no depth option: with -d, only the
qwenkit side measures decode at depth).`)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return &exitError{code: 2, err: err}
	}
	if fs.NArg() > 0 {
		return &exitError{code: 2, err: fmt.Errorf("unexpected argument %q", fs.Arg(0))}
	}
	if *model == "" {
		return &exitError{code: 2, err: fmt.Errorf("--model is required")}
	}
	if *pp < 0 || *tg < 0 || *depth < 0 || *reps < 1 || *threads < 0 || (*pp == 0 && *tg == 0) {
		return &exitError{code: 2, err: fmt.Errorf("need -p >= 0, -n >= 0 (not both 0), -d >= 0, -r >= 1, -t >= 0")}
	}
	fileBytes, err := pathSize(*model)
	if err != nil {
		return err
	}
	rssBefore := procStatusKB("VmRSS")
	loadStart := time.Now()
	m, err := qwen2.LoadWith(*model, qwen2.Options{Threads: *threads, Mapped: wf.mapped, CacheDir: wf.cacheDir})
	if err != nil {
		return err
	}
	loadMS := float64(time.Since(loadStart).Microseconds()) / 1000
	defer m.Close()
	rssLoaded, anonLoaded := procStatusKB("VmRSS"), procStatusKB("RssAnon")
	if need := max(*pp, *depth+*tg) + 1; need > m.Config.ContextLength {
		return &exitError{code: 2, err: fmt.Errorf("%d positions exceed the model's context length %d", need, m.Config.ContextLength)}
	}

	var bw *bandwidthRuns
	if *probe && *tg > 0 {
		bw = &bandwidthRuns{threads: m.Threads(), size: probeSize(m.WeightBytesPerToken())}
	}
	ours, err := benchQwenkit(m, *pp, *tg, *depth, *reps, *f16kv, bw)
	bw.close()
	if err != nil {
		return err
	}
	peak, anonEnd := bw.peakKB(), procStatusKB("RssAnon")
	mappedKB, hugeKB := mappedPagesKB(*model)
	cacheFile, cacheErr := m.WeightCache()
	if cacheFile != "" {
		kb, huge := mappedPagesKB(cacheFile)
		mappedKB, hugeKB = mappedKB+kb, hugeKB+huge
	}
	readGBs, readBest := bw.rates()
	tgGBs := ours.TG * float64(m.WeightBytesPerToken()) / 1e9
	pairedGBs := bw.decodeTokS() * float64(m.WeightBytesPerToken()) / 1e9

	var theirs *benchResult
	if *llama != "" {
		theirs, err = benchLlama(*llama, *model, *pp, *tg, m.Threads(), *reps, *f16kv)
		if err != nil {
			return err
		}
	}
	load1, _ := loadAverage()

	if *asJSON {
		out := map[string]any{
			"threads":            m.Threads(),
			"model":              *model,
			"file_mb":            mb(fileBytes),
			"rss_before_load_mb": kbToMB(rssBefore),
			"rss_after_load_mb":  kbToMB(rssLoaded),
			"peak_rss_mb":        kbToMB(peak),
			"mapped_rss_mb":      kbToMB(mappedKB),
			"mapped_huge_mb":     kbToMB(hugeKB),
			"kv":                 kvName(*f16kv),
			"reps":               *reps,
			"load_avg_1m":        load1,
			"copied_mb":          mb(m.CopiedBytes()),
			"interleaved_mb":     mb(m.InterleavedBytes()),
			"load_ms":            round2(loadMS),
			"weight_cache":       cacheFile,
		}
		if cacheErr != nil {
			out["weight_cache_error"] = cacheErr.Error()
		}
		if ours.HasPP {
			out["pp"], out["pp_tok_s"], out["pp_stddev"], out["ttft_ms"] = *pp, round2(ours.PP), round2(ours.PPStd), round2(ours.TTFTms)
		}
		if ours.HasTG {
			out["tg"], out["tg_tok_s"], out["tg_stddev"] = *tg, round2(ours.TG), round2(ours.TGStd)
			out["tg_weight_gb_s"] = round2(tgGBs)
		}
		if readGBs > 0 {
			out["read_gb_s"], out["read_best_gb_s"] = round2(readGBs), round2(readBest)
			out["paired_tg_weight_gb_s"], out["bandwidth_share"] = round2(pairedGBs), round2(pairedGBs/readGBs)
		}
		if *depth > 0 {
			out["depth"] = *depth
		}
		if theirs != nil {
			l := map[string]any{}
			if theirs.HasPP {
				l["pp_tok_s"] = round2(theirs.PP)
			}
			if theirs.HasTG {
				l["tg_tok_s"] = round2(theirs.TG)
			}
			out["llamacpp"] = l
		}
		b, err := json.Marshal(out)
		if err != nil {
			return err
		}
		_, err = fmt.Fprintf(stdout, "%s\n", b)
		return err
	}

	w := bufio.NewWriter(stdout)
	name := filepath.Base(*model)
	fmt.Fprintf(w, "model %s: %.1f MB file, %s, %d threads, KV cache %s, %d repetitions, load average %.2f\n",
		name, mb(fileBytes), m.Config.Arch, m.Threads(), kvName(*f16kv), *reps, load1)
	fmt.Fprintf(w, "%-10s %-14s %18s", "engine", "test", "t/s")
	if theirs != nil {
		fmt.Fprintf(w, " %10s", "vs llama")
	}
	fmt.Fprintln(w)
	row := func(engine, test string, v, sd float64, ref *float64) {
		fmt.Fprintf(w, "%-10s %-14s %10.2f ± %5.2f", engine, test, v, sd)
		if ref != nil && *ref > 0 {
			fmt.Fprintf(w, " %9.2fx", v / *ref)
		}
		fmt.Fprintln(w)
	}
	ppName, tgName := fmt.Sprintf("pp%d", *pp), fmt.Sprintf("tg%d", *tg)
	if *depth > 0 {
		tgName += fmt.Sprintf(" @ d%d", *depth)
	}
	var refPP, refTG *float64
	if theirs != nil {
		if theirs.HasPP {
			refPP = &theirs.PP
		}
		if theirs.HasTG && *depth == 0 {
			refTG = &theirs.TG
		}
	}
	if ours.HasPP {
		row("qwenkit", ppName, ours.PP, ours.PPStd, refPP)
	}
	if ours.HasTG {
		row("qwenkit", tgName, ours.TG, ours.TGStd, refTG)
	}
	if theirs != nil {
		if theirs.HasPP {
			row("llama.cpp", ppName, theirs.PP, theirs.PPStd, nil)
		}
		if theirs.HasTG {
			row("llama.cpp", fmt.Sprintf("tg%d", *tg), theirs.TG, theirs.TGStd, nil)
		}
	}
	if ours.HasPP {
		fmt.Fprintf(w, "time to first token (prefill of %d): %.1f ms\n", *pp, ours.TTFTms)
	}
	if ours.HasTG {
		fmt.Fprintf(w, "decode reads %.1f MB of weights per token: %.2f GB/s", float64(m.WeightBytesPerToken())/1e6, tgGBs)
		if readGBs > 0 {
			fmt.Fprintf(w, "\nbandwidth: in %d decode runs of %d steps, each step right after one pass of the read probe over %.1f MB on %d threads, decode read %.2f GB/s and the probe %.2f GB/s: %.0f%% (the probe's fastest run %.2f GB/s: %.0f%%)",
				len(bw.decode), *tg, float64(bw.size)/1e6, m.Threads(), pairedGBs, readGBs, 100*pairedGBs/readGBs, readBest, 100*pairedGBs/readBest)
		}
		fmt.Fprintln(w)
	}
	fmt.Fprintf(w, "resident memory: %.1f MB before load, %.1f MB after load (%.1f MB anonymous), %.1f MB peak (VmHWM), %.1f MB anonymous at the end; file %.1f MB\n",
		kbToMB(rssBefore), kbToMB(rssLoaded), kbToMB(anonLoaded), kbToMB(peak), kbToMB(anonEnd), mb(fileBytes))
	if cacheErr != nil {
		fmt.Fprintf(w, "weight cache not used: %v\n", cacheErr)
	}
	if cacheFile != "" {
		fmt.Fprintf(w, "weights mapped from the weight cache %s, %.1f MB of them interleaved, read instead of the model file; load took %.0f ms (the first load of a file writes the cache)\n", cacheFile, mb(m.InterleavedBytes()), loadMS)
	} else if n := m.CopiedBytes(); n > 0 {
		fmt.Fprintf(w, "weights copied at load: %.1f MB of anonymous memory, %.1f MB of it interleaved, read instead of the file; load took %.0f ms (--mapped reads the file in place)\n", mb(n), mb(m.InterleavedBytes()), loadMS)
	} else {
		fmt.Fprintf(w, "weights read in place from the mapped file (%s); load took %.0f ms\n", mappedWhy(wf.mapped), loadMS)
	}
	if mappedKB > 0 {
		fmt.Fprintf(w, "weights resident through the mapping: %.1f MB, %.1f MB of it in 2 MiB pages", kbToMB(mappedKB), kbToMB(hugeKB))
		if hugeKB < mappedKB/2 {
			fmt.Fprint(w, " (the page cache holds the file in small pages: after it drops them, or in a copy written in 2 MiB chunks, decode runs faster)")
		}
		fmt.Fprintln(w)
	}
	return w.Flush()
}

// mappedWhy says why a model reads its weights from the mapped file.
func mappedWhy(asked bool) string {
	if asked {
		return "--mapped"
	}
	return "no matrix has an interleaved layout on this CPU, the system cannot release the file's pages, or the copy would not fit in available memory"
}

// benchQwenkit runs the prefill and decode tests on m.
// With bw, reps more decode repetitions follow the measured ones, each step
// of them after one pass of bw's probe (bandwidthRuns.run), so that the probe
// never runs between the repetitions whose rate is reported.
func benchQwenkit(m *qwen2.Model, pp, tg, depth, reps int, f16kv bool, bw *bandwidthRuns) (*benchResult, error) {
	r := rand.New(rand.NewPCG(1, 2))
	randTokens := func(n int) []int {
		t := make([]int, n)
		for i := range t {
			t[i] = r.IntN(m.Config.NVocab)
		}
		return t
	}
	res := &benchResult{Engine: "qwenkit"}
	newCache := func(n int) *qwen2.Cache {
		c := m.NewCacheWith(qwen2.CacheOptions{MaxTokens: n, F16: f16kv})
		c.Reserve(n)
		return c
	}
	// Warm-up: touch every weight once, as llama-bench does.
	if _, err := m.ForwardLast(newCache(2), randTokens(2)); err != nil {
		return nil, err
	}
	if pp > 0 {
		var ts, ms []float64
		c := newCache(pp)
		for i := 0; i < reps; i++ {
			toks := randTokens(pp)
			c.Truncate(0)
			start := time.Now()
			if _, err := m.ForwardLast(c, toks); err != nil {
				return nil, err
			}
			d := time.Since(start)
			ts = append(ts, float64(pp)/d.Seconds())
			ms = append(ms, float64(d.Microseconds())/1000)
		}
		res.HasPP = true
		res.PP, res.PPStd = meanStd(ts)
		res.TTFTms, _ = meanStd(ms)
	}
	if tg > 0 {
		var ts []float64
		c := newCache(depth + tg)
		if depth > 0 {
			// The depth is filled once; each repetition cuts back to it.
			if _, err := m.ForwardLast(c, randTokens(depth)); err != nil {
				return nil, err
			}
		}
		// Like llama-bench: each step feeds a random token, no sampling.
		tok := []int{0}
		step := func() error {
			_, err := m.ForwardLast(c, tok)
			tok[0] = r.IntN(m.Config.NVocab)
			return err
		}
		decode := func() (float64, error) {
			c.Truncate(depth)
			tok[0] = r.IntN(m.Config.NVocab)
			start := time.Now()
			for j := 0; j < tg; j++ {
				if err := step(); err != nil {
					return 0, err
				}
			}
			return float64(tg) / time.Since(start).Seconds(), nil
		}
		for i := 0; i < reps; i++ {
			v, err := decode()
			if err != nil {
				return nil, err
			}
			ts = append(ts, v)
		}
		res.HasTG = true
		res.TG, res.TGStd = meanStd(ts)
		if bw != nil {
			for i := 0; i < reps; i++ {
				c.Truncate(depth)
				tok[0] = r.IntN(m.Config.NVocab)
				if err := bw.run(tg, step); err != nil {
					return nil, err
				}
			}
		}
	}
	runtime.KeepAlive(m)
	return res, nil
}

// bandwidthRuns measures memory read bandwidth alternately with decode
// repetitions of its own (after those whose rate bench reports, so that the
// probe, which evicts the weights from the caches, never runs between
// those). In each, every decode step comes right after one pass of the
// probe over a buffer as large as the weights a step reads (size), both
// timed, so that the two sides move about the same bytes, in turns of tens
// of milliseconds, under the same conditions: on a shared machine the
// bandwidth its neighbours leave changes from second to second, and a run
// of the probe before a run of decoding could meet other conditions than
// the decoding. Decode's share is the ratio of the two rates. Each thread
// reads its share of a pass as eight sequential runs (membw.Probe), the
// fastest plain read found on this kind of machine, so that decode's share
// is not flattered by a slow probe. The fastest repetition is kept too.
// A nil *bandwidthRuns measures nothing.
type bandwidthRuns struct {
	threads, size int
	probe         *membw.Probe
	peakBefore    int64     // VmHWM (kB) before the probe's buffer was allocated
	gbs           []float64 // each repetition's probe rate, over its passes' time
	decode        []float64 // each repetition's decode rate, tokens/s over its steps' time
}

// probeSize is the probe buffer for weights of size bytes per token: as
// large (so that whatever part of them the last-level cache keeps between
// tokens, it keeps of the buffer too), but at least 64 MiB, and at most
// 1 GiB, far beyond any cache, so that a large model does not need its size
// again in memory.
func probeSize(size int64) int { return int(min(max(size, 64<<20), 1<<30)) }

// run is one paired repetition of steps decode steps: before each call of
// step, one pass of the probe (its buffer allocated the first time, after
// the process's peak resident memory so far is noted). It records the
// probe's rate over its passes and decode's over the steps, each over its
// own summed time, and returns step's first error.
//
// Cost: steps passes over the probe's buffer besides the steps.
func (b *bandwidthRuns) run(steps int, step func() error) error {
	if b == nil || steps < 1 {
		return nil
	}
	if b.probe == nil {
		b.peakBefore = procStatusKB("VmHWM")
		b.probe = membw.NewProbe(b.threads, b.size)
	}
	var probeTime, stepTime time.Duration
	for range steps {
		start := time.Now()
		b.probe.Read(1)
		mid := time.Now()
		if err := step(); err != nil {
			return err
		}
		probeTime += mid.Sub(start)
		stepTime += time.Since(mid)
	}
	if b.probe.Bytes() > 0 {
		b.gbs = append(b.gbs, float64(steps)*float64(b.probe.Bytes())/probeTime.Seconds()/1e9)
		b.decode = append(b.decode, float64(steps)/stepTime.Seconds())
	}
	return nil
}

// close releases the probe's buffer.
func (b *bandwidthRuns) close() {
	if b != nil && b.probe != nil {
		b.probe.Close()
		b.probe = nil
	}
}

// peakKB is the process's peak resident memory without the probe's buffer:
// VmHWM when no probe ran, else the larger of VmHWM before the buffer was
// allocated and the resident memory after it was released (decode itself
// allocates nothing, see qwen2.Model.ForwardLast).
func (b *bandwidthRuns) peakKB() int64 {
	if b == nil || b.gbs == nil {
		return procStatusKB("VmHWM")
	}
	return max(b.peakBefore, procStatusKB("VmRSS"))
}

// decodeTokS is the mean over the paired repetitions of decode's rate in
// tokens/s (0 when none ran).
func (b *bandwidthRuns) decodeTokS() float64 {
	if b == nil || len(b.decode) == 0 {
		return 0
	}
	v, _ := meanStd(b.decode)
	return v
}

// rates returns the mean over the paired repetitions of the probe's rate
// and its fastest repetition's, in GB/s (0, 0 when none ran).
func (b *bandwidthRuns) rates() (mean, best float64) {
	if b == nil || len(b.gbs) == 0 {
		return 0, 0
	}
	mean, _ = meanStd(b.gbs)
	return mean, slices.Max(b.gbs)
}

// benchLlama runs llama-bench with the same settings and reads its JSON.
func benchLlama(bin, model string, pp, tg, threads, reps int, f16kv bool) (*benchResult, error) {
	kv := "f32"
	if f16kv {
		kv = "f16"
	}
	args := []string{"-m", model, "-p", strconv.Itoa(pp), "-n", strconv.Itoa(tg), "-t", strconv.Itoa(threads),
		"-r", strconv.Itoa(reps), "-ctk", kv, "-ctv", kv, "-o", "json"}
	var out, errb bytes.Buffer
	cmd := exec.Command(bin, args...)
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Run(); err != nil {
		return nil, fmt.Errorf("%s %s: %w: %s", bin, strings.Join(args, " "), err, lastLine(errb.String()))
	}
	var rows []struct {
		NPrompt  int     `json:"n_prompt"`
		NGen     int     `json:"n_gen"`
		AvgTS    float64 `json:"avg_ts"`
		StddevTS float64 `json:"stddev_ts"`
	}
	if err := json.Unmarshal(out.Bytes(), &rows); err != nil {
		return nil, fmt.Errorf("%s: reading its JSON output: %w", bin, err)
	}
	res := &benchResult{Engine: "llama.cpp"}
	for _, r := range rows {
		switch {
		case r.NPrompt > 0 && r.NGen == 0:
			res.HasPP, res.PP, res.PPStd = true, r.AvgTS, r.StddevTS
		case r.NGen > 0 && r.NPrompt == 0:
			res.HasTG, res.TG, res.TGStd = true, r.AvgTS, r.StddevTS
		}
	}
	return res, nil
}

func meanStd(x []float64) (float64, float64) {
	var s float64
	for _, v := range x {
		s += v
	}
	mean := s / float64(len(x))
	if len(x) < 2 {
		return mean, 0
	}
	var ss float64
	for _, v := range x {
		ss += (v - mean) * (v - mean)
	}
	return mean, math.Sqrt(ss / float64(len(x)-1))
}

// procStatusKB reads a "Key: N kB" line of /proc/self/status (0 where there
// is none, as on systems without /proc).
func procStatusKB(key string) int64 {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(b), "\n") {
		if rest, ok := strings.CutPrefix(line, key+":"); ok {
			f := strings.Fields(rest)
			if len(f) > 0 {
				n, _ := strconv.ParseInt(f[0], 10, 64)
				return n
			}
		}
	}
	return 0
}

// mappedPagesKB sums, over this process's mappings of the file at path (or
// of the files in the folder at path), their resident size and the part of
// it mapped with 2 MiB entries (FilePmdMapped), in kB, from
// /proc/self/smaps; 0, 0 without it.
func mappedPagesKB(path string) (rssKB, hugeKB int64) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return 0, 0
	}
	if real, err := filepath.EvalSymlinks(abs); err == nil {
		abs = real // smaps names the file itself
	}
	b, err := os.ReadFile("/proc/self/smaps")
	if err != nil {
		return 0, 0
	}
	in := false
	for _, line := range strings.Split(string(b), "\n") {
		f := strings.Fields(line)
		if len(f) == 0 {
			continue
		}
		if strings.Contains(f[0], "-") && !strings.HasSuffix(f[0], ":") {
			// A mapping's header: address range, perms, offset, device, inode, path.
			name := strings.Join(f[min(5, len(f)):], " ") // a path may hold spaces
			in = name == abs || strings.HasPrefix(name, abs+"/")
			continue
		}
		if !in || len(f) < 2 {
			continue
		}
		n, _ := strconv.ParseInt(f[1], 10, 64)
		switch f[0] {
		case "Rss:":
			rssKB += n
		case "FilePmdMapped:":
			hugeKB += n
		}
	}
	return rssKB, hugeKB
}

// loadAverage returns the 1-minute load average (0 and false without /proc).
func loadAverage() (float64, bool) {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return 0, false
	}
	f := strings.Fields(string(b))
	if len(f) == 0 {
		return 0, false
	}
	v, err := strconv.ParseFloat(f[0], 64)
	return v, err == nil
}

// pathSize is the size of a file, or the total of a folder's files.
func pathSize(path string) (int64, error) {
	var total int64
	err := filepath.WalkDir(path, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() {
			info, err := d.Info()
			if err != nil {
				return err
			}
			total += info.Size()
		}
		return nil
	})
	return total, err
}

func kvName(f16 bool) string {
	if f16 {
		return "f16"
	}
	return "f32"
}

func lastLine(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.LastIndexByte(s, '\n'); i >= 0 {
		return s[i+1:]
	}
	return s
}

func mb(b int64) float64       { return round2(float64(b) / 1e6) }
func kbToMB(kb int64) float64  { return round2(float64(kb) * 1024 / 1e6) }
func round2(x float64) float64 { return math.Round(x*100) / 100 }
