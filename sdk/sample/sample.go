// Package sample picks the next token from a model's logits: greedy decoding,
// temperature, top-k, top-p, min-p, repetition, presence and frequency
// penalties, an optional allowed-token mask (a grammar's), and a seeded PRNG,
// so the same seed, request and logits give the same tokens.
//
// A Sampler allocates its scratch space once (about 20 bytes per vocabulary
// entry) and nothing per token. Top-k uses partial selection (quickselect,
// linear time) and top-p pops a heap only as far as the nucleus reaches, so no
// step sorts the whole vocabulary.
package sample

import (
	"errors"
	"fmt"
	"math"
	"math/bits"
	"math/rand/v2"

	"github.com/qwenkit/qwenkit/runtime/vecdot"
)

// Params are the sampling settings of one request. The zero Params is greedy
// decoding with no penalties.
//
// The steps run in this order: penalties (on the logits of the recent tokens),
// the mask, then, unless greedy, temperature, top-k, top-p and min-p (top-p's
// mass is measured after top-k; min-p is relative to the most likely token), and
// a draw from what is left, renormalised.
type Params struct {
	// Temperature divides the logits; 0 (or less) means greedy: always the
	// most likely allowed token (the lowest id on a tie).
	Temperature float64 `json:"temperature,omitempty"`
	// TopK keeps the K most likely tokens; 0 keeps all. TopK 1 is greedy.
	TopK int `json:"top_k,omitempty"`
	// TopP keeps the smallest set of most likely tokens whose probability
	// reaches TopP; 0 or 1 keeps all.
	TopP float64 `json:"top_p,omitempty"`
	// MinP drops tokens less likely than MinP times the most likely one; 0
	// keeps all.
	MinP float64 `json:"min_p,omitempty"`
	// RepetitionPenalty (CTRL / Hugging Face) divides a positive logit of a
	// recent token by it and multiplies a negative one; 0 or 1 is off.
	RepetitionPenalty float64 `json:"repetition_penalty,omitempty"`
	// PresencePenalty (OpenAI) is subtracted once from the logit of every
	// token present in the recent tokens.
	PresencePenalty float64 `json:"presence_penalty,omitempty"`
	// FrequencyPenalty (OpenAI) is subtracted from a token's logit once per
	// occurrence in the recent tokens.
	FrequencyPenalty float64 `json:"frequency_penalty,omitempty"`
	// PenaltyLastN is how many of the latest tokens the penalties look at; 0
	// means 64. The engine passes that many as recent.
	PenaltyLastN int `json:"penalty_last_n,omitempty"`
	// Seed seeds the PRNG (PCG): the same seed and inputs give the same tokens.
	Seed uint64 `json:"seed,omitempty"`
}

// Qwen25 returns the sampling settings published with Qwen2.5's instruct
// models (generation_config.json): temperature 0.7, top-p 0.8, top-k 20,
// repetition penalty 1.05.
func Qwen25(seed uint64) Params {
	return Params{Temperature: 0.7, TopP: 0.8, TopK: 20, RepetitionPenalty: 1.05, Seed: seed}
}

// Greedy reports whether p always picks the most likely token.
func (p Params) Greedy() bool { return p.Temperature <= 0 || p.TopK == 1 }

// LastN returns the penalty window: PenaltyLastN, or 64 when it is 0.
func (p Params) LastN() int {
	if p.PenaltyLastN <= 0 {
		return 64
	}
	return p.PenaltyLastN
}

// Validate reports settings out of range, naming the field.
func (p Params) Validate() error {
	switch {
	case math.IsNaN(p.Temperature) || math.IsInf(p.Temperature, 0):
		return fmt.Errorf("sample: temperature %v is not a finite number", p.Temperature)
	case p.TopK < 0:
		return fmt.Errorf("sample: top_k %d is negative", p.TopK)
	case !(p.TopP >= 0 && p.TopP <= 1):
		return fmt.Errorf("sample: top_p %v is outside [0, 1]", p.TopP)
	case !(p.MinP >= 0 && p.MinP <= 1):
		return fmt.Errorf("sample: min_p %v is outside [0, 1]", p.MinP)
	case !(p.RepetitionPenalty >= 0) || math.IsInf(p.RepetitionPenalty, 0):
		return fmt.Errorf("sample: repetition_penalty %v is not a non-negative number", p.RepetitionPenalty)
	case math.IsNaN(p.PresencePenalty) || math.IsInf(p.PresencePenalty, 0):
		return fmt.Errorf("sample: presence_penalty %v is not a finite number", p.PresencePenalty)
	case math.IsNaN(p.FrequencyPenalty) || math.IsInf(p.FrequencyPenalty, 0):
		return fmt.Errorf("sample: frequency_penalty %v is not a finite number", p.FrequencyPenalty)
	case p.PenaltyLastN < 0:
		return fmt.Errorf("sample: penalty_last_n %d is negative", p.PenaltyLastN)
	}
	return nil
}

// ErrNoToken is returned when the mask (or the logits) leave no token to pick.
var ErrNoToken = errors.New("sample: no allowed token with a finite logit")

// negligible: tokens whose weight exp((l-max)/T) is below e^-25 (1.4e-11,
// relative to the most likely token) are left out of the distribution: even
// 151,936 of them would hold under 2.1e-6 of the mass, and skipping them spares
// an exp per vocabulary entry.
const negligible = 25

// Sampler draws tokens for one sequence. It is not safe for concurrent use;
// give each request its own.
type Sampler struct {
	p      Params
	rng    *rand.Rand
	counts []int32   // per-token counts of the recent tokens; all zero between calls
	cand   []int32   // candidate token ids
	w      []float64 // weights, parallel to cand
	xs     []float32 // the candidates' scaled logits, then their float32 weights (many candidates)
	maxima []float32 // per chunk of maxChunk logits, its largest allowed one (argmax)
	chunk  [maxChunk]float32
}

// New returns a sampler for a vocabulary of up to vocab logits, seeded with
// p.Seed. It allocates about 20 bytes per vocabulary entry.
func New(p Params, vocab int) (*Sampler, error) {
	if err := p.Validate(); err != nil {
		return nil, err
	}
	if vocab <= 0 {
		return nil, fmt.Errorf("sample: vocabulary size %d", vocab)
	}
	return &Sampler{
		p:      p,
		rng:    newRNG(p.Seed),
		counts: make([]int32, vocab),
		cand:   make([]int32, vocab),
		w:      make([]float64, vocab),
		xs:     make([]float32, vocab),
		maxima: make([]float32, (vocab+maxChunk-1)/maxChunk),
	}, nil
}

// Params returns the sampler's settings.
func (s *Sampler) Params() Params { return s.p }

// Reseed restarts the PRNG from seed.
func (s *Sampler) Reseed(seed uint64) {
	s.p.Seed = seed
	s.rng = newRNG(seed)
}

// newRNG is the PCG stream a seed selects.
func newRNG(seed uint64) *rand.Rand {
	return rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
}

// Sample picks the next token.
//
// logits has one entry per token (at most the vocab given to New); the
// penalties are applied to it in place. allowed, when not nil, is a bitset
// (bit i of allowed[i/64] set = token i allowed) covering every logit. recent
// holds the latest tokens for the penalties (the last Params.LastN()). Ids in
// recent outside the logits are ignored. It costs a few passes over the
// logits and allocates nothing.
func (s *Sampler) Sample(logits []float32, allowed []uint64, recent []int) (int, error) {
	n, err := s.prepare(logits, allowed, recent)
	if err != nil {
		return -1, err
	}
	if n == 1 {
		return int(s.cand[0]), nil
	}
	var total float64
	for _, w := range s.w[:n] {
		total += w
	}
	u := s.rng.Float64() * total
	for i, w := range s.w[:n] {
		if u < w {
			return int(s.cand[i]), nil
		}
		u -= w
	}
	return int(s.cand[n-1]), nil
}

// prepare applies the penalties, the mask and the filters, leaving the n
// candidates in s.cand[:n] with their unnormalised probabilities in s.w[:n].
// For greedy settings n is 1.
func (s *Sampler) prepare(logits []float32, allowed []uint64, recent []int) (int, error) {
	if len(logits) > len(s.cand) {
		return 0, fmt.Errorf("sample: %d logits for a sampler made for %d", len(logits), len(s.cand))
	}
	if allowed != nil && len(allowed)*64 < len(logits) {
		return 0, fmt.Errorf("sample: mask of %d bits for %d logits", len(allowed)*64, len(logits))
	}
	s.penalize(logits, recent)

	best, m := argmax(logits, s.maxima, allowed, s.chunk[:])
	if best < 0 {
		return 0, ErrNoToken
	}
	if s.p.Greedy() {
		s.cand[0], s.w[0] = int32(best), 1
		return 1, nil
	}

	// Candidates: the allowed tokens within reach of the best one. Min-p
	// keeps the tokens with exp((l-m)/T) >= MinP, a floor on the logit; it
	// commutes with top-k, but top-p must see the whole top-k set, so with
	// top-p on, min-p is applied after it.
	t := s.p.Temperature
	topP := s.p.TopP > 0 && s.p.TopP < 1
	floor := float64(m) - negligible*t
	if s.p.MinP > 0 && !topP {
		floor = max(floor, float64(m)+t*math.Log(s.p.MinP))
	}
	var n int
	if k := s.p.TopK; k > 0 && k <= smallK {
		n = s.topKHeap(logits, allowed, float32(floor), m, k)
	} else {
		n = s.collect(logits, allowed, float32(floor), m)
		if k > 0 && k < n {
			selectTop(s.cand[:n], logits, k)
			n = k
		}
	}

	// Weights relative to the best token (whose weight is 1).
	var mass float64
	if n < manyCandidates {
		for i, id := range s.cand[:n] {
			w := math.Exp((float64(logits[id]) - float64(m)) / t)
			s.w[i] = w
			mass += w
		}
	} else {
		// Many: float32 exponentials, eight or sixteen at a time where the
		// CPU has SIMD (vecdot.ExpShiftSum, within 3 ulp), instead of one
		// float64 math.Exp each.
		xs, inv := s.xs[:n], float32(1/t)
		for i, id := range s.cand[:n] {
			xs[i] = (logits[id] - m) * inv
		}
		vecdot.ExpShiftSum(xs, 0)
		for i, v := range xs {
			w := float64(v)
			s.w[i] = w
			mass += w
		}
	}
	if !topP || n == 1 {
		return n, nil
	}
	n = s.nucleus(n, logits, s.p.TopP*mass)
	// Min-p after top-p: weights are relative to the best token.
	if s.p.MinP > 0 {
		j := 0
		for i := 0; i < n; i++ {
			if s.w[i] >= s.p.MinP {
				s.cand[j], s.w[j] = s.cand[i], s.w[i]
				j++
			}
		}
		n = j
	}
	return n, nil
}

// manyCandidates is the candidate count from which prepare takes float32
// SIMD exponentials for the weights: below it, as with top-k 20, a float64
// math.Exp each costs less than a pass over a scratch array.
const manyCandidates = 256

// smallK is the largest top-k served by a bounded heap in one pass; larger
// ones use quickselect over the collected candidates.
const smallK = 128

// nucleus keeps the smallest set of most likely candidates whose weight
// reaches target, moving it to the front of s.cand[:n] / s.w[:n], and returns
// its size. It first narrows the candidates to those above a weight threshold
// that already holds the target (usually a few), then pops them from a heap
// in order, so it never sorts the whole set.
func (s *Sampler) nucleus(n int, logits []float32, target float64) int {
	for _, c := range [...]float64{1e-2, 1e-4, 1e-7, 0} {
		j := 0
		var sum float64
		for i := 0; i < n; i++ {
			if s.w[i] >= c {
				s.cand[i], s.cand[j] = s.cand[j], s.cand[i]
				s.w[i], s.w[j] = s.w[j], s.w[i]
				sum += s.w[j]
				j++
			}
		}
		if sum >= target || c == 0 {
			n = j
			break
		}
	}
	// While many remain (a nearly flat distribution keeps most of the
	// vocabulary), split them around a pivot: if the more likely side
	// (the pivot with it) holds what is still needed, the answer lies
	// there; else all of it is kept and the rest is searched for the
	// remainder. Expected linear time, where popping a heap of them all
	// would cost n·log n.
	lo, hi, need := 0, n, target
	for hi-lo > nucleusHeap {
		m := partition(s.cand, s.w, logits, lo, hi)
		var sum float64
		for _, w := range s.w[lo:m] {
			sum += w
		}
		if sum >= need {
			hi = m
		} else {
			need -= sum
			lo = m
		}
	}
	// Pop [lo, hi) in order until the target is reached. Popped items
	// collect at the end of the heap's array, most likely last; move them
	// to follow the ones already kept.
	h := heap{ids: s.cand[lo:hi], w: s.w[lo:hi], logits: logits}
	h.init()
	var cum float64
	k := 0
	for k < hi-lo {
		cum += h.pop()
		k++
		if cum >= need {
			break
		}
	}
	copy(s.cand[lo:], s.cand[hi-k:hi])
	copy(s.w[lo:], s.w[hi-k:hi])
	return lo + k
}

// nucleusHeap is the candidate count up to which nucleus pops a heap
// rather than splitting first.
const nucleusHeap = 1024

// partition reorders ids[lo:hi] (w[lo:hi] alongside, unless w is nil) so
// that the ones before a pivot (the median of the first, middle and last)
// come first, followed by the pivot, and returns the index just past the
// pivot: ids[lo:m] are the m−lo most likely. With at least three, at least
// one falls on each side of the pivot.
func partition(ids []int32, w []float64, logits []float32, lo, hi int) int {
	swap := func(i, j int) {
		ids[i], ids[j] = ids[j], ids[i]
		if w != nil {
			w[i], w[j] = w[j], w[i]
		}
	}
	last, mid := hi-1, lo+(hi-lo)/2
	if before(logits, ids[mid], ids[lo]) {
		swap(mid, lo)
	}
	if before(logits, ids[last], ids[lo]) {
		swap(last, lo)
	}
	if before(logits, ids[mid], ids[last]) {
		swap(mid, last)
	}
	// Now ids[lo] is before ids[last] is before ids[mid]: the median is at
	// last.
	pivot, store := ids[last], lo
	for i := lo; i < last; i++ {
		if before(logits, ids[i], pivot) {
			swap(i, store)
			store++
		}
	}
	swap(store, last)
	return store + 1
}

// maxChunk is how many logits argmax hands vecdot.MaxNumber at a time.
const maxChunk = 256

// argmax returns the allowed token with the largest finite logit (the
// lowest id on a tie), or -1, to the same result as argmaxPlain over the
// allowed logits: per chunk of maxChunk logits, its largest allowed number
// by vecdot.MaxNumber (SIMD where the CPU has it; NaNs skipped), over the
// chunk itself when the mask allows all of it, else over a copy in scratch
// (maxChunk values) with NaN for the tokens it does not; that maximum is
// left in maxima[c] (at least one entry per chunk) for the filters. The
// first chunk whose maximum is finite and above the best so far is kept,
// and the first allowed index of that maximum in it found at the end; a
// chunk whose maximum is +Inf is searched token by token instead. Unmasked,
// about a twentieth of the plain loop's time here.
func argmax(logits, maxima []float32, allowed []uint64, scratch []float32) (int, float32) {
	best, m := -1, float32(math.Inf(-1))
	bestChunk := -1 // the chunk that holds m, its index not yet known
	for c0 := 0; c0 < len(logits); c0 += maxChunk {
		c1 := min(len(logits), c0+maxChunk)
		c := logits[c0:c1]
		if allowed != nil && !allAllowed(allowed, c0, c1) {
			buf := scratch[:c1-c0]
			copy(buf, c)
			for w := c0 / 64; w < (c1+63)/64; w++ {
				for word := ^allowed[w] & wordMask(w, c1); word != 0; word &= word - 1 {
					buf[w*64+bits.TrailingZeros64(word)-c0] = float32(math.NaN())
				}
			}
			c = buf
		}
		cm := vecdot.MaxNumber(c)
		maxima[c0/maxChunk] = cm
		switch {
		case cm > math.MaxFloat32: // +Inf
			if i, l := argmaxPlain(c, m); i >= 0 {
				best, m, bestChunk = c0+i, l, -1
			}
		case cm > m:
			m, bestChunk = cm, c0
		}
	}
	if bestChunk >= 0 {
		for i := bestChunk; i < len(logits); i++ {
			if logits[i] == m && (allowed == nil || allowed[i/64]&(1<<(i%64)) != 0) {
				return i, m
			}
		}
	}
	return best, m
}

// allAllowed reports whether the mask allows every token of [c0, c1), c0 a
// multiple of 64.
func allAllowed(allowed []uint64, c0, c1 int) bool {
	for w := c0 / 64; w < (c1+63)/64; w++ {
		if want := wordMask(w, c1); allowed[w]&want != want {
			return false
		}
	}
	return true
}

// wordMask is the bits of mask word w that stand for tokens below c1.
func wordMask(w, c1 int) uint64 {
	if end := c1 - w*64; end < 64 {
		return 1<<end - 1
	}
	return ^uint64(0)
}

// argmaxPlain returns the first index of the largest finite logit above
// floor and that logit, or -1 and floor.
func argmaxPlain(logits []float32, floor float32) (int, float32) {
	best, m := -1, floor
	for i, l := range logits {
		if l > m && l <= math.MaxFloat32 {
			best, m = i, l
		}
	}
	return best, m
}

// collect puts the allowed tokens with floor <= logit <= m into s.cand, in id
// order, and returns how many.
func (s *Sampler) collect(logits []float32, allowed []uint64, floor, m float32) int {
	n := 0
	if allowed == nil {
		for c0 := 0; c0 < len(logits); c0 += maxChunk {
			if below(s.maxima[c0/maxChunk], floor) {
				continue
			}
			for i, l := range logits[c0:min(len(logits), c0+maxChunk)] {
				if l >= floor && l <= m {
					s.cand[n] = int32(c0 + i)
					n++
				}
			}
		}
		return n
	}
	for c0 := 0; c0 < len(logits); c0 += maxChunk {
		c1 := min(len(logits), c0+maxChunk)
		if below(s.maxima[c0/maxChunk], floor) {
			continue
		}
		for w := c0 / 64; w < (c1+63)/64; w++ {
			for word := allowed[w] & wordMask(w, c1); word != 0; word &= word - 1 {
				i := w*64 + bits.TrailingZeros64(word)
				if l := logits[i]; l >= floor && l <= m {
					s.cand[n] = int32(i)
					n++
				}
			}
		}
	}
	return n
}

// topKHeap puts the k most likely allowed tokens with floor <= logit <= m
// into s.cand (in no order) with one pass and a bounded min-heap, and returns
// how many (at most k).
func (s *Sampler) topKHeap(logits []float32, allowed []uint64, floor, m float32, k int) int {
	h := s.cand[:0]
	// Once the heap is full, a token must beat the root's logit (or tie it
	// with a lower id, impossible in id order): raise the floor to it.
	offer := func(i int32, l float32) {
		if len(h) < k {
			h = append(h, i)
			// Sift up: the root is the least likely kept token.
			for c := len(h) - 1; c > 0; {
				p := (c - 1) / 2
				if !before(logits, h[p], h[c]) {
					break
				}
				h[p], h[c] = h[c], h[p]
				c = p
			}
			if len(h) == k {
				floor = max(floor, logits[h[0]])
			}
			return
		}
		if !before(logits, i, h[0]) {
			return
		}
		h[0] = i
		for p := 0; ; {
			l := 2*p + 1
			if l >= len(h) {
				break
			}
			c := l
			if r := l + 1; r < len(h) && before(logits, h[l], h[r]) {
				c = r
			}
			if !before(logits, h[p], h[c]) {
				break
			}
			h[p], h[c] = h[c], h[p]
			p = c
		}
		floor = max(floor, logits[h[0]])
	}
	if allowed == nil {
		for c0 := 0; c0 < len(logits); c0 += maxChunk {
			if below(s.maxima[c0/maxChunk], floor) { // the floor only rises: nothing here would be offered
				continue
			}
			for i, l := range logits[c0:min(len(logits), c0+maxChunk)] {
				if l >= floor && l <= m {
					offer(int32(c0+i), l)
				}
			}
		}
		return len(h)
	}
	for c0 := 0; c0 < len(logits); c0 += maxChunk {
		c1 := min(len(logits), c0+maxChunk)
		if below(s.maxima[c0/maxChunk], floor) {
			continue
		}
		for w := c0 / 64; w < (c1+63)/64; w++ {
			for word := allowed[w] & wordMask(w, c1); word != 0; word &= word - 1 {
				i := w*64 + bits.TrailingZeros64(word)
				if l := logits[i]; l >= floor && l <= m {
					offer(int32(i), l)
				}
			}
		}
	}
	return len(h)
}

// below reports whether a chunk whose vecdot.MaxNumber is cm holds no
// logit at or above floor.
func below(cm, floor float32) bool { return cm < floor }

// penalize applies the repetition, presence and frequency penalties to the
// logits of the recent tokens, once per distinct token.
func (s *Sampler) penalize(logits []float32, recent []int) {
	r, pres, freq := s.p.RepetitionPenalty, s.p.PresencePenalty, s.p.FrequencyPenalty
	if (r == 0 || r == 1) && pres == 0 && freq == 0 {
		return
	}
	for _, id := range recent {
		if id >= 0 && id < len(logits) {
			s.counts[id]++
		}
	}
	for _, id := range recent {
		if id < 0 || id >= len(logits) || s.counts[id] == 0 {
			continue
		}
		c := s.counts[id]
		s.counts[id] = 0
		l := float64(logits[id])
		if r != 0 && r != 1 {
			if l > 0 {
				l /= r
			} else {
				l *= r
			}
		}
		l -= float64(c)*freq + pres
		logits[id] = float32(l)
	}
}

// before orders tokens: higher logit first, then lower id.
func before(logits []float32, a, b int32) bool {
	la, lb := logits[a], logits[b]
	return la > lb || la == lb && a < b
}

// selectTop moves the k most likely ids of ids to its front (in no order),
// in linear expected time (quickselect with a deterministic median of three).
func selectTop(ids []int32, logits []float32, k int) {
	lo, hi := 0, len(ids)-1
	for lo < hi {
		store := partition(ids, nil, logits, lo, hi+1) - 1
		switch {
		case store == k-1 || store == k:
			return
		case store < k:
			lo = store + 1
		default:
			hi = store - 1
		}
	}
}

// heap is a max-heap of candidates (by before) with their weights alongside.
type heap struct {
	ids    []int32
	w      []float64
	logits []float32
	n      int
}

func (h *heap) less(i, j int) bool { return before(h.logits, h.ids[i], h.ids[j]) }

func (h *heap) swap(i, j int) {
	h.ids[i], h.ids[j] = h.ids[j], h.ids[i]
	h.w[i], h.w[j] = h.w[j], h.w[i]
}

func (h *heap) init() {
	h.n = len(h.ids)
	for i := h.n/2 - 1; i >= 0; i-- {
		h.down(i)
	}
}

// pop moves the most likely candidate to the end of the live part (just past
// it, once shrunk) and returns its weight.
func (h *heap) pop() float64 {
	h.n--
	h.swap(0, h.n)
	h.down(0)
	return h.w[h.n]
}

func (h *heap) down(i int) {
	for {
		l := 2*i + 1
		if l >= h.n {
			return
		}
		c := l
		if r := l + 1; r < h.n && h.less(r, l) {
			c = r
		}
		if !h.less(c, i) {
			return
		}
		h.swap(i, c)
		i = c
	}
}
