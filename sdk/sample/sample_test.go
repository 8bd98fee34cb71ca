package sample

import (
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"sort"
	"testing"
)

// reference computes the distribution Params define, the slow way: penalties
// by their formulas, a full sort, softmax, then top-k, top-p and min-p in
// Hugging Face's order, renormalising after each.
func reference(p Params, logits []float32, allowed []uint64, recent []int) map[int]float64 {
	l := make([]float64, len(logits))
	for i, x := range logits {
		l[i] = float64(x)
	}
	count := map[int]int{}
	for _, id := range recent {
		count[id]++
	}
	for id, c := range count {
		if p.RepetitionPenalty != 0 && p.RepetitionPenalty != 1 {
			if l[id] > 0 {
				l[id] /= p.RepetitionPenalty
			} else {
				l[id] *= p.RepetitionPenalty
			}
		}
		l[id] -= float64(c)*p.FrequencyPenalty + p.PresencePenalty
	}
	var ids []int
	for i := range l {
		if allowed == nil || allowed[i/64]>>(i%64)&1 == 1 {
			ids = append(ids, i)
		}
	}
	sort.SliceStable(ids, func(a, b int) bool { return l[ids[a]] > l[ids[b]] })
	if p.Temperature <= 0 || p.TopK == 1 {
		return map[int]float64{ids[0]: 1}
	}
	probs := make([]float64, len(ids))
	norm := func() {
		var z float64
		for _, x := range probs {
			z += x
		}
		for i := range probs {
			probs[i] /= z
		}
	}
	for i, id := range ids {
		probs[i] = math.Exp((l[id] - l[ids[0]]) / p.Temperature)
	}
	norm()
	if p.TopK > 0 && p.TopK < len(ids) {
		ids, probs = ids[:p.TopK], probs[:p.TopK]
		norm()
	}
	if p.TopP > 0 && p.TopP < 1 {
		var cum float64
		k := 0
		for k < len(probs) && cum < p.TopP {
			cum += probs[k]
			k++
		}
		ids, probs = ids[:k], probs[:k]
		norm()
	}
	if p.MinP > 0 {
		k := 0
		for k < len(probs) && probs[k] >= p.MinP*probs[0] {
			k++
		}
		ids, probs = ids[:k], probs[:k]
		norm()
	}
	out := map[int]float64{}
	for i, id := range ids {
		out[id] = probs[i]
	}
	return out
}

// distribution runs the sampler's filters and returns what it would draw from.
func distribution(t *testing.T, p Params, logits []float32, allowed []uint64, recent []int) map[int]float64 {
	t.Helper()
	s, err := New(p, len(logits))
	if err != nil {
		t.Fatal(err)
	}
	n, err := s.prepare(logits, allowed, recent)
	if err != nil {
		t.Fatal(err)
	}
	var z float64
	for _, w := range s.w[:n] {
		z += w
	}
	out := map[int]float64{}
	for i, id := range s.cand[:n] {
		if _, dup := out[int(id)]; dup {
			t.Fatalf("token %d twice among the candidates", id)
		}
		out[int(id)] = s.w[i] / z
	}
	return out
}

func randomLogits(seed uint64, n int, scale float64) []float32 {
	r := rand.New(rand.NewPCG(seed, 1))
	l := make([]float32, n)
	for i := range l {
		l[i] = float32(r.NormFloat64() * scale)
	}
	return l
}

func compare(t *testing.T, name string, got, want map[int]float64) {
	t.Helper()
	for id, pw := range want {
		pg, ok := got[id]
		if !ok {
			if pw > 1e-12 {
				t.Errorf("%s: token %d (p=%g) missing", name, id, pw)
			}
			continue
		}
		// Many candidates take float32 exponentials (a few ulp, and the
		// scaled logit rounded to float32): about 1e-6 of each weight.
		if math.Abs(pg-pw) > 1e-9+2e-6*pw {
			t.Errorf("%s: token %d p=%.12f, want %.12f", name, id, pg, pw)
		}
	}
	for id := range got {
		if _, ok := want[id]; !ok {
			t.Errorf("%s: token %d should have been filtered out", name, id)
		}
	}
}

func TestDistributionMatchesReference(t *testing.T) {
	mask := make([]uint64, (3000+63)/64)
	for i := 0; i < 3000; i++ {
		if i%3 != 0 {
			mask[i/64] |= 1 << (i % 64)
		}
	}
	cases := []struct {
		name   string
		p      Params
		mask   []uint64
		recent []int
	}{
		{"temperature", Params{Temperature: 0.8}, nil, nil},
		{"hot", Params{Temperature: 3}, nil, nil},
		{"top-k", Params{Temperature: 1, TopK: 40}, nil, nil},
		{"top-p", Params{Temperature: 0.7, TopP: 0.9}, nil, nil},
		{"min-p", Params{Temperature: 1, MinP: 0.05}, nil, nil},
		{"top-k+top-p", Params{Temperature: 0.7, TopK: 20, TopP: 0.8}, nil, nil},
		{"top-p+min-p", Params{Temperature: 1.2, TopP: 0.95, MinP: 0.1}, nil, nil},
		{"all", Params{Temperature: 0.9, TopK: 50, TopP: 0.85, MinP: 0.02, RepetitionPenalty: 1.3, PresencePenalty: 0.5, FrequencyPenalty: 0.25}, nil, []int{1, 5, 5, 7, 2999, 1, 1}},
		{"mask", Params{Temperature: 1, TopK: 30, TopP: 0.9}, mask, nil},
		{"greedy", Params{}, nil, nil},
		{"greedy-mask", Params{}, mask, []int{3, 4}},
		{"top-k=1", Params{Temperature: 1, TopK: 1}, nil, nil},
	}
	for seed := uint64(1); seed <= 3; seed++ {
		logits := randomLogits(seed, 3000, 2.5)
		for _, c := range cases {
			want := reference(c.p, logits, c.mask, c.recent)
			got := distribution(t, c.p, append([]float32(nil), logits...), c.mask, c.recent)
			compare(t, c.name, got, want)
		}
	}
}

func TestTopK1IsGreedy(t *testing.T) {
	logits := randomLogits(9, 151936, 3)
	// The greedy token, found here by a plain scan.
	argmax := 0
	for i, l := range logits {
		if l > logits[argmax] {
			argmax = i
		}
	}
	for _, p := range []Params{{}, {Temperature: 1.5, TopK: 1, Seed: 4}, {Temperature: 2, TopK: 1, TopP: 0.5, Seed: 5}} {
		s, err := New(p, len(logits))
		if err != nil {
			t.Fatal(err)
		}
		for range 5 {
			tok, err := s.Sample(logits, nil, nil)
			if err != nil || tok != argmax {
				t.Fatalf("%+v: got %d, %v; want %d", p, tok, err, argmax)
			}
		}
	}
}

func TestMinPExcludesLowTokens(t *testing.T) {
	// Probabilities at T=1: softmax of (0, ln 0.5, ln 0.2, ln 0.04) is
	// proportional to 1, 0.5, 0.2, 0.04; min-p 0.1 keeps the first three.
	logits := []float32{0, float32(math.Log(0.5)), float32(math.Log(0.2)), float32(math.Log(0.04))}
	s, _ := New(Params{Temperature: 1, MinP: 0.1, Seed: 1}, 4)
	seen := map[int]int{}
	for range 5000 {
		tok, err := s.Sample(append([]float32(nil), logits...), nil, nil)
		if err != nil {
			t.Fatal(err)
		}
		seen[tok]++
	}
	if seen[3] != 0 {
		t.Fatalf("token below min-p drawn %d times", seen[3])
	}
	// The rest keep their relative odds 1 : 0.5 : 0.2 (of 1.7).
	for id, p := range map[int]float64{0: 1 / 1.7, 1: 0.5 / 1.7, 2: 0.2 / 1.7} {
		f := float64(seen[id]) / 5000
		if math.Abs(f-p) > 5*math.Sqrt(p*(1-p)/5000) {
			t.Errorf("token %d drawn with frequency %.4f, want %.4f", id, f, p)
		}
	}
}

func TestPenalties(t *testing.T) {
	logits := []float32{2, -1, 0.5, 3}
	recent := []int{0, 0, 1, 9999, -1}
	s, _ := New(Params{RepetitionPenalty: 2, FrequencyPenalty: 0.5, PresencePenalty: 0.25}, 4)
	if _, err := s.Sample(logits, nil, recent); err != nil {
		t.Fatal(err)
	}
	// Token 0: 2/2 - 2*0.5 - 0.25; token 1: -1*2 - 0.5 - 0.25; others untouched.
	want := []float32{-0.25, -2.75, 0.5, 3}
	for i := range want {
		if math.Abs(float64(logits[i]-want[i])) > 1e-6 {
			t.Fatalf("logits %v, want %v", logits, want)
		}
	}
	// The counts scratch is clean afterwards: a second call penalises the
	// same way again (from the new values).
	logits = []float32{2, -1, 0.5, 3}
	if _, err := s.Sample(logits, nil, recent); err != nil || logits[0] != -0.25 {
		t.Fatalf("second call: %v %v", logits, err)
	}
	// A presence penalty turns the greedy choice away from a repeated token.
	g, _ := New(Params{PresencePenalty: 1.5}, 3)
	if tok, _ := g.Sample([]float32{5, 4, 0}, nil, []int{0}); tok != 1 {
		t.Fatalf("greedy with presence penalty picked %d, want 1", tok)
	}
	if tok, _ := g.Sample([]float32{5, 4, 0}, nil, nil); tok != 0 {
		t.Fatalf("greedy without recent tokens picked %d, want 0", tok)
	}
}

func TestMask(t *testing.T) {
	logits := []float32{9, 1, 2, 8, 3}
	allowed := []uint64{1<<1 | 1<<2 | 1<<4}
	g, _ := New(Params{}, 5)
	if tok, _ := g.Sample(append([]float32(nil), logits...), allowed, nil); tok != 4 {
		t.Fatalf("greedy under mask picked %d, want 4", tok)
	}
	s, _ := New(Params{Temperature: 5, Seed: 3}, 5)
	for range 500 {
		tok, err := s.Sample(append([]float32(nil), logits...), allowed, nil)
		if err != nil || allowed[0]>>tok&1 == 0 {
			t.Fatalf("drew %d (%v) outside the mask", tok, err)
		}
	}
	if _, err := s.Sample(logits, []uint64{0}, nil); !errors.Is(err, ErrNoToken) {
		t.Fatalf("empty mask: %v", err)
	}
	inf := float32(math.Inf(-1))
	if _, err := s.Sample([]float32{inf, inf}, nil, nil); !errors.Is(err, ErrNoToken) {
		t.Fatalf("all -inf: %v", err)
	}
	if _, err := s.Sample(make([]float32, 100), []uint64{1}, nil); err == nil {
		t.Fatal("short mask accepted")
	}
	if _, err := s.Sample(make([]float32, 6), nil, nil); err == nil {
		t.Fatal("more logits than the vocabulary accepted")
	}
}

func TestSeedDeterminism(t *testing.T) {
	logits := randomLogits(2, 5000, 1)
	p := Params{Temperature: 1, TopP: 0.95, TopK: 100, RepetitionPenalty: 1.1, Seed: 42}
	run := func(p Params) []int {
		s, err := New(p, len(logits))
		if err != nil {
			t.Fatal(err)
		}
		var out []int
		for range 200 {
			tok, err := s.Sample(append([]float32(nil), logits...), nil, out[max(0, len(out)-64):])
			if err != nil {
				t.Fatal(err)
			}
			out = append(out, tok)
		}
		return out
	}
	a, b := run(p), run(p)
	for i := range a {
		if a[i] != b[i] {
			t.Fatalf("same seed diverged at step %d", i)
		}
	}
	p.Seed = 43
	c := run(p)
	same := 0
	for i := range a {
		if a[i] == c[i] {
			same++
		}
	}
	if same == len(a) {
		t.Fatal("different seeds gave identical output")
	}
}

// The draw follows the distribution: frequencies over many draws match the
// reference probabilities (fixed seed, so this is deterministic).
func TestDrawFrequencies(t *testing.T) {
	logits := []float32{1, 0.5, 0.2, -0.3, -1, 0.9}
	p := Params{Temperature: 0.8, TopP: 0.9, Seed: 7}
	want := reference(p, logits, nil, nil)
	s, _ := New(p, len(logits))
	const n = 20000
	seen := map[int]int{}
	for range n {
		tok, _ := s.Sample(append([]float32(nil), logits...), nil, nil)
		seen[tok]++
	}
	for id, pw := range want {
		f := float64(seen[id]) / n
		if math.Abs(f-pw) > 5*math.Sqrt(pw*(1-pw)/n) {
			t.Errorf("token %d frequency %.4f, want %.4f", id, f, pw)
		}
	}
	for id, c := range seen {
		if _, ok := want[id]; !ok {
			t.Errorf("token %d drawn %d times but filtered by top-p", id, c)
		}
	}
}

func TestValidate(t *testing.T) {
	for _, p := range []Params{{Temperature: math.NaN()}, {TopK: -1}, {TopP: 1.5}, {MinP: -0.1}, {RepetitionPenalty: -1}, {PresencePenalty: math.Inf(1)}, {PenaltyLastN: -2}} {
		if _, err := New(p, 10); err == nil {
			t.Errorf("%+v accepted", p)
		}
	}
}

func TestNoAllocation(t *testing.T) {
	logits := randomLogits(5, 151936, 3)
	mask := make([]uint64, (len(logits)+63)/64)
	for i := range mask {
		mask[i] = 0x5555555555555555
	}
	recent := []int{1, 2, 3, 3, 4}
	for _, p := range []Params{Qwen25(1), {Temperature: 1, TopP: 0.9, MinP: 0.05, PresencePenalty: 0.3}, {}} {
		s, _ := New(p, len(logits))
		if a := testing.AllocsPerRun(20, func() { s.Sample(logits, mask, recent) }); a != 0 {
			t.Errorf("%+v: %.1f allocations per token", p, a)
		}
	}
}

// BenchmarkSample runs over 151,936 logits shaped like a language model's: a
// broad bulk and a few dozen likely tokens.
func BenchmarkSample(b *testing.B) {
	logits := randomLogits(5, 151936, 2)
	for i := 0; i < len(logits); i += 4000 {
		logits[i] += 12 + float32(i%7)
	}
	recent := []int{1, 2, 3, 3, 4}
	for _, c := range []struct {
		name string
		p    Params
	}{{"greedy", Params{}}, {"qwen25", Qwen25(1)}, {"top-p", Params{Temperature: 1, TopP: 0.95}}, {"temperature", Params{Temperature: 1}}} {
		b.Run(c.name, func(b *testing.B) {
			s, _ := New(c.p, len(logits))
			for b.Loop() {
				s.Sample(logits, nil, recent)
			}
		})
	}
	// A nearly flat distribution (a random-weights model's): top-p keeps
	// most of the vocabulary.
	flat := randomLogits(6, 151936, 0.1)
	b.Run("top-p/flat", func(b *testing.B) {
		s, _ := New(Params{Temperature: 1, TopP: 0.95}, len(flat))
		for b.Loop() {
			s.Sample(flat, nil, recent)
		}
	})
}

func BenchmarkSampleMasked(b *testing.B) {
	logits := randomLogits(5, 151936, 2)
	mask := make([]uint64, (len(logits)+63)/64)
	for i := range mask {
		mask[i] = ^uint64(0)
	}
	mask[5] = 0x0f0f
	// A grammar's mask inside a JSON string: nearly everything allowed,
	// with holes (quotes, control characters, …) in most 64-token words.
	holes := append([]uint64(nil), mask...)
	r := rand.New(rand.NewPCG(7, 8))
	for i := 0; i < len(logits)/20; i++ {
		t := r.IntN(len(logits))
		holes[t/64] &^= 1 << (t % 64)
	}
	for _, c := range []struct {
		name string
		p    Params
		mask []uint64
	}{{"greedy", Params{}, mask}, {"qwen25", Qwen25(1), mask}, {"greedy/holes", Params{}, holes}, {"qwen25/holes", Qwen25(1), holes}} {
		b.Run(c.name, func(b *testing.B) {
			s, _ := New(c.p, len(logits))
			for b.Loop() {
				s.Sample(logits, c.mask, nil)
			}
		})
	}
}

// TestArgmaxChunks checks the chunked argmax against the plain loop on
// lengths around the chunk size and values that test its rules: ties (the
// lowest id wins, within and across chunks), +Inf and NaN (never chosen),
// -Inf only, the largest float, the maximum in the last position.
func TestArgmaxChunks(t *testing.T) {
	r := rand.New(rand.NewPCG(91, 92))
	inf, nan := float32(math.Inf(1)), float32(math.NaN())
	specials := []float32{inf, -inf, nan, math.MaxFloat32, -math.MaxFloat32, 0, 7}
	for _, n := range []int{0, 1, 2, 255, 256, 257, 511, 512, 1000, 151936} {
		for trial := 0; trial < 40; trial++ {
			l := make([]float32, n)
			for i := range l {
				l[i] = float32(r.IntN(9)) - 4 // many ties
			}
			for k := r.IntN(6); k > 0 && n > 0; k-- {
				l[r.IntN(n)] = specials[r.IntN(len(specials))]
			}
			switch {
			case trial == 1:
				for i := range l {
					l[i] = nan
				}
			case trial == 2:
				for i := range l {
					l[i] = float32(math.Inf(-1))
				}
			case trial == 3 && n > 0:
				l[n-1] = 100
			case trial == 4 && n > 300:
				l[255], l[256] = 50, 50 // a tie across a chunk boundary
			case trial == 5 && n > 300:
				l[3], l[3+8], l[3+16], l[3+24] = 60, nan, 59, nan // NaNs behind the maximum in its SIMD lane
				l[300] = 59
			}
			maxima, scratch := make([]float32, (n+maxChunk-1)/maxChunk), make([]float32, maxChunk)
			gi, gm := argmax(l, maxima, nil, nil)
			wi, wm := argmaxPlain(l, float32(math.Inf(-1)))
			if gi != wi || math.Float32bits(gm) != math.Float32bits(wm) {
				t.Fatalf("n=%d trial %d: argmax %d (%v), plain loop %d (%v)", n, trial, gi, gm, wi, wm)
			}
			// Masked: as the plain loop over the logits with NaN where
			// the mask says no (ties between allowed and other tokens
			// abound in these values).
			mask, nanned := randomMask(r, l, trial)
			gi, gm = argmax(l, maxima, mask, scratch)
			wi, wm = argmaxPlain(nanned, float32(math.Inf(-1)))
			if gi != wi || math.Float32bits(gm) != math.Float32bits(wm) {
				t.Fatalf("n=%d trial %d, mask shape %d: argmax %d (%v), plain loop %d (%v)", n, trial, trial%5, gi, gm, wi, wm)
			}
		}
	}
}

// TestChunkSkipping checks that the unmasked filters keep the same
// candidates in the same order with the same weights as the masked path
// with every token allowed, over settings that take each filter; and that
// each filter's skipping of the chunks under its floor changes nothing: the
// same output, in the same order, as with no chunk skipped.
func TestChunkSkipping(t *testing.T) {
	r := rand.New(rand.NewPCG(95, 96))
	for _, n := range []int{257, 1000, 151936} {
		logits := randomLogits(uint64(n), n, 2)
		for i := 0; i < n; i += 997 {
			logits[i] += 10
		}
		for _, shape := range []int{2, 1, 4} { // all, holes, whole chunks
			mask, _ := randomMask(r, logits, shape)
			if shape == 2 {
				mask = nil
			}
			s, _ := New(Params{Temperature: 1}, n)
			_, m := argmax(logits, s.maxima, mask, s.chunk[:])
			skipped := append([]float32(nil), s.maxima...)
			run := func(maxima []float32, f func() int) []int32 {
				copy(s.maxima, maxima)
				return append([]int32(nil), s.cand[:f()]...)
			}
			none := make([]float32, len(skipped))
			for i := range none {
				none[i] = float32(math.Inf(1)) // no chunk is below any floor
			}
			for _, floor := range []float32{m - 25, m - 2, m - 0.25} {
				filters := map[string]func() int{
					"collect":   func() int { return s.collect(logits, mask, floor, m) },
					"top-k 1":   func() int { return s.topKHeap(logits, mask, floor, m, 1) },
					"top-k 20":  func() int { return s.topKHeap(logits, mask, floor, m, 20) },
					"top-k 128": func() int { return s.topKHeap(logits, mask, floor, m, 128) },
				}
				for name, f := range filters {
					got, want := run(skipped, f), run(none, f)
					if len(got) != len(want) {
						t.Fatalf("n=%d shape %d floor %v %s: %d kept, %d with no chunk skipped", n, shape, floor, name, len(got), len(want))
					}
					for i := range got {
						if got[i] != want[i] {
							t.Fatalf("n=%d shape %d floor %v %s: [%d] = %d, %d with no chunk skipped", n, shape, floor, name, i, got[i], want[i])
						}
					}
				}
			}
		}
	}

	params := []Params{
		{Temperature: 0.7, TopK: 20, TopP: 0.8, RepetitionPenalty: 1.05},
		{Temperature: 1, TopK: 20},
		{Temperature: 1, TopK: 300},
		{Temperature: 1},
		{Temperature: 0.5, TopP: 0.95},
		{Temperature: 1, MinP: 0.05},
	}
	for _, n := range []int{257, 1000, 151936} {
		for trial, scale := range []float64{0.5, 2, 8} {
			logits := randomLogits(uint64(100+trial), n, scale)
			for i := 0; i < n; i += 997 {
				logits[i] += 10 // a few likely tokens, as a model's
			}
			all := make([]uint64, (n+63)/64)
			for i := range all {
				all[i] = ^uint64(0)
			}
			for _, p := range params {
				sameCandidates(t, fmt.Sprintf("n=%d scale %v %+v, with the mask", n, scale, p), p, logits, nil, logits, all)
			}
		}
	}
}

// randomMask returns a mask over n tokens of one of several shapes: sparse,
// dense, everything, nothing, or whole chunks of maxChunk allowed and
// others not; and the logits with NaN for every token it does not allow
// (which the sampler never picks: the same choice unmasked).
func randomMask(r *rand.Rand, logits []float32, shape int) ([]uint64, []float32) {
	n := len(logits)
	mask := make([]uint64, (n+63)/64+r.IntN(2)) // sometimes a word more than needed
	nanned := append([]float32(nil), logits...)
	for i := 0; i < len(mask)*64; i++ {
		var on bool
		switch shape % 5 {
		case 0:
			on = r.IntN(10) == 0
		case 1:
			on = r.IntN(10) != 0
		case 2:
			on = true
		case 3:
			on = false
		case 4:
			on = (i/maxChunk)%3 != 1
		}
		if on {
			mask[i/64] |= 1 << (i % 64)
		} else if i < n {
			nanned[i] = float32(math.NaN())
		}
	}
	return mask, nanned
}

// TestMaskedChunks checks the masked argmax and filters against the
// unmasked ones on logits that are NaN where the mask says no: the same
// token, candidates, order and weights.
func TestMaskedChunks(t *testing.T) {
	r := rand.New(rand.NewPCG(93, 94))
	params := []Params{
		{},
		{Temperature: 0.7, TopK: 20, TopP: 0.8, RepetitionPenalty: 1.05},
		{Temperature: 1, TopK: 300},
		{Temperature: 1, MinP: 0.05},
	}
	for _, n := range []int{1, 257, 1000, 151936} {
		logits := randomLogits(uint64(n), n, 3)
		for i := 0; i < n; i += 1013 {
			logits[i] += 10
		}
		for shape := 0; shape < 10; shape++ {
			mask, nanned := randomMask(r, logits, shape)
			for _, p := range params {
				sameCandidates(t, fmt.Sprintf("n=%d shape %d %+v, unmasked", n, shape, p), p, logits, mask, nanned, nil)
			}
		}
	}
}

// sameCandidates checks that prepare (with recent tokens 1 and 2) keeps the
// same candidates, in the same order, with the same weights to the bit, and
// fails or succeeds alike, for logits a under mask ma and logits b under mb
// (neither slice is changed).
func sameCandidates(t *testing.T, what string, p Params, a []float32, ma []uint64, b []float32, mb []uint64) {
	t.Helper()
	sa, _ := New(p, len(a))
	sb, _ := New(p, len(b))
	na, erra := sa.prepare(append([]float32(nil), a...), ma, []int{1, 2})
	nb, errb := sb.prepare(append([]float32(nil), b...), mb, []int{1, 2})
	if (erra == nil) != (errb == nil) || na != nb {
		t.Fatalf("%s: %d candidates (%v), %d (%v)", what, na, erra, nb, errb)
	}
	for i := 0; i < na; i++ {
		if sa.cand[i] != sb.cand[i] || math.Float64bits(sa.w[i]) != math.Float64bits(sb.w[i]) {
			t.Fatalf("%s: candidate %d: %d (%v), %d (%v)", what, i, sa.cand[i], sa.w[i], sb.cand[i], sb.w[i])
		}
	}
}

// TestNucleusFlat checks top-p on nearly flat distributions, whose nucleus
// holds most of the tokens (nucleus splits them before it pops a heap),
// against the reference: the same tokens kept, with the same probabilities.
func TestNucleusFlat(t *testing.T) {
	for seed := uint64(1); seed <= 3; seed++ {
		for _, n := range []int{5000, 40000} {
			logits := randomLogits(seed, n, 0.1)
			for _, p := range []Params{
				{Temperature: 1, TopP: 0.95},
				{Temperature: 1, TopP: 0.5},
				{Temperature: 2, TopP: 0.9, MinP: 0.9},
			} {
				want := reference(p, logits, nil, nil)
				got := distribution(t, p, append([]float32(nil), logits...), nil, nil)
				if len(got) < 2*nucleusHeap && p.MinP == 0 {
					t.Fatalf("n=%d %+v: %d tokens kept: too few to exercise the split", n, p, len(got))
				}
				compare(t, "flat", got, want)
			}
		}
	}
}
