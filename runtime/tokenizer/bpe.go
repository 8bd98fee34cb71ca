package tokenizer

import (
	"math/bits"

	"golang.org/x/text/unicode/norm"
)

// mergeTable maps an adjacent pair of token ids to the merge that joins
// them: its rank (position in the merges list; lower merges first) and the id
// of the merged token. It is an open-addressing hash table with linear
// probing whose slots pack pair and rank into one uint64 (2 MB for Qwen2.5's
// 151,387 merges, so that look-ups mostly hit the CPU cache); the merged id
// comes from a table by rank. Built once at load, read-only after.
type mergeTable struct {
	slots    []uint64 // a<<(idBits+rankBits) | b<<rankBits | rank, or emptySlot
	merged   []int32  // merged token id by rank
	shift    uint     // 64 - log2(len(slots))
	idBits   uint
	rankBits uint
}

const emptySlot = ^uint64(0)

// newMergeTable makes a table for up to n merges over a vocabulary of
// nTokens; ok is false when ids and ranks do not fit in 64 bits together
// (vocabularies of millions of tokens).
func newMergeTable(n, nTokens int) (m mergeTable, ok bool) {
	m.idBits = uint(bits.Len(uint(nTokens)))
	m.rankBits = uint(bits.Len(uint(n)))
	if 2*m.idBits+m.rankBits > 63 {
		return m, false
	}
	b := uint(4)
	for 1<<b < n+n/2+1 { // load factor at most 2/3
		b++
	}
	m.slots = make([]uint64, 1<<b)
	for i := range m.slots {
		m.slots[i] = emptySlot
	}
	m.merged = make([]int32, n)
	m.shift = 64 - b
	return m, true
}

func (m *mergeTable) key(a, b int32) uint64 { return uint64(a)<<m.idBits | uint64(b) }

func (m *mergeTable) home(key uint64) uint64 { return (key * 0x9E3779B97F4A7C15) >> m.shift }

// set records pair (a, b) -> merge rank, whose result is token id,
// replacing an earlier entry for the pair.
func (m *mergeTable) set(a, b, rank, id int32) {
	key, mask := m.key(a, b), uint64(len(m.slots)-1)
	m.merged[rank] = id
	for i := m.home(key); ; i = (i + 1) & mask {
		s := m.slots[i]
		if s == emptySlot || s>>m.rankBits == key {
			m.slots[i] = key<<m.rankBits | uint64(rank)
			return
		}
	}
}

// lookup returns the rank of pair (a, b), or noRank.
func (m *mergeTable) lookup(a, b int32) int32 {
	key, mask := m.key(a, b), uint64(len(m.slots)-1)
	for i := m.home(key); ; i = (i + 1) & mask {
		s := m.slots[i]
		if s>>m.rankBits == key && s != emptySlot {
			return int32(s & (1<<m.rankBits - 1))
		}
		if s == emptySlot {
			return noRank
		}
	}
}

// noRank marks a position with no mergeable pair to its right.
const noRank = int32(1<<31 - 1)

// heapThreshold is the word length (in bytes) above which bpe uses a heap
// instead of scanning for the lowest rank; both give the same result.
const heapThreshold = 16

// bpeWord is the scratch space for merging one word: a doubly linked list of
// symbols over the word's bytes.
type bpeWord struct {
	id   []int32 // token id per position; -1 once merged into its left
	next []int32 // next live position, or len when none
	prev []int32 // previous live position, or -1
	rank []int32 // rank of the pair (pos, next[pos]), or noRank
	nid  []int32 // merged id of that pair
	heap posHeap
	seen []int32   // repetitive's scratch
	nfc  norm.Iter // scratch for toNFC
}

func (w *bpeWord) reset(n int) {
	if cap(w.id) < n {
		c := max(n, 64)
		w.id, w.next, w.prev = make([]int32, c), make([]int32, c), make([]int32, c)
		w.rank = make([]int32, c)
	}
	w.id, w.next, w.prev = w.id[:n], w.next[:n], w.prev[:n]
	w.rank = w.rank[:n]
}

// bpe appends to dst the ids of word (raw bytes) after applying the merges
// by rank, lowest first, leftmost first among equal ranks: exactly Hugging
// Face's BPE without dropout. Cost: O(n²) integer compares for short words,
// O(n log n) for long ones, plus about 3n map look-ups.
func (t *Tokenizer) bpe(dst []int, word string, w *bpeWord) []int {
	n := len(word)
	if n == 1 {
		return append(dst, int(t.byteID[word[0]]))
	}
	w.reset(n)
	for i := 0; i < n; i++ {
		w.id[i] = t.byteID[word[i]]
		w.next[i] = int32(i + 1)
		w.prev[i] = int32(i - 1)
	}
	for i := 0; i < n-1; i++ {
		w.setPair(&t.merges, int32(i))
	}
	w.rank[n-1] = noRank
	switch {
	case n <= heapThreshold:
		w.mergeScan(&t.merges)
	case n >= bucketMinLen && w.repetitive():
		w.mergeBuckets(&t.merges)
	default:
		w.mergeHeap(&t.merges)
	}
	for i := int32(0); i < int32(n); i = w.next[i] {
		dst = append(dst, int(w.id[i]))
	}
	return dst
}

// setPair records the merge available at position p (with its right
// neighbour), if any.
func (w *bpeWord) setPair(m *mergeTable, p int32) {
	q := w.next[p]
	if int(q) >= len(w.id) {
		w.rank[p] = noRank
		return
	}
	w.rank[p] = m.lookup(w.id[p], w.id[q])
}

// apply merges position p with its right neighbour.
func (w *bpeWord) apply(m *mergeTable, p int32) {
	q := w.next[p]
	w.id[p] = m.merged[w.rank[p]]
	w.id[q] = -1
	w.next[p] = w.next[q]
	if int(w.next[q]) < len(w.id) {
		w.prev[w.next[q]] = p
	}
}

func (w *bpeWord) mergeScan(m *mergeTable) {
	n := int32(len(w.id))
	for {
		best, bestRank := int32(-1), noRank
		for i := int32(0); i < n; i = w.next[i] {
			if w.rank[i] < bestRank {
				best, bestRank = i, w.rank[i]
			}
		}
		if best < 0 {
			return
		}
		w.apply(m, best)
		w.setPair(m, best)
		if p := w.prev[best]; p >= 0 {
			w.setPair(m, p)
		}
	}
}

// posHeap is an indexed binary min-heap of the positions that have a
// mergeable pair, keyed by rank<<32 | position (lowest rank first, then
// leftmost). Each position is in it at most once, and idx tells where, so a
// pair that changes is updated in place: no stale entries.
type posHeap struct {
	keys []uint64 // rank<<32 | pos
	idx  []int32  // heap index of each position, or -1
}

func (h *posHeap) swap(i, j int) {
	h.keys[i], h.keys[j] = h.keys[j], h.keys[i]
	h.idx[uint32(h.keys[i])] = int32(i)
	h.idx[uint32(h.keys[j])] = int32(j)
}

func (h *posHeap) up(i int) {
	for i > 0 {
		p := (i - 1) / 2
		if h.keys[p] <= h.keys[i] {
			return
		}
		h.swap(i, p)
		i = p
	}
}

func (h *posHeap) down(i int) {
	n := len(h.keys)
	for {
		c := 2*i + 1
		if c >= n {
			return
		}
		if c+1 < n && h.keys[c+1] < h.keys[c] {
			c++
		}
		if h.keys[i] <= h.keys[c] {
			return
		}
		h.swap(i, c)
		i = c
	}
}

// set puts position p in the heap with the given rank, moves it, or takes
// it out when rank is noRank.
func (h *posHeap) set(p, rank int32) {
	i := h.idx[p]
	if rank == noRank {
		if i < 0 {
			return
		}
		last := len(h.keys) - 1
		if int(i) != last {
			h.swap(int(i), last)
		}
		h.keys = h.keys[:last]
		h.idx[p] = -1
		if int(i) != last {
			h.down(int(i))
			h.up(int(i))
		}
		return
	}
	key := uint64(rank)<<32 | uint64(uint32(p))
	if i < 0 {
		h.keys = append(h.keys, key)
		h.idx[p] = int32(len(h.keys) - 1)
		h.up(len(h.keys) - 1)
		return
	}
	old := h.keys[i]
	h.keys[i] = key
	if key < old {
		h.up(int(i))
	} else {
		h.down(int(i))
	}
}

func (w *bpeWord) mergeHeap(m *mergeTable) {
	n := int32(len(w.id))
	h := &w.heap
	h.keys = h.keys[:0]
	if cap(h.idx) < int(n) {
		h.idx = make([]int32, n)
	}
	h.idx = h.idx[:n]
	for i := int32(0); i < n; i++ {
		h.idx[i] = -1
		if w.rank[i] != noRank {
			h.idx[i] = int32(len(h.keys))
			h.keys = append(h.keys, uint64(w.rank[i])<<32|uint64(i))
		}
	}
	for i := len(h.keys)/2 - 1; i >= 0; i-- {
		h.down(i)
	}
	for len(h.keys) > 0 {
		p := int32(uint32(h.keys[0]))
		q := w.next[p]
		h.set(q, noRank) // q's pair disappears with q
		w.apply(m, p)
		w.setPair(m, p)
		h.set(p, w.rank[p])
		if l := w.prev[p]; l >= 0 {
			w.setPair(m, l)
			h.set(l, w.rank[l])
		}
	}
}
