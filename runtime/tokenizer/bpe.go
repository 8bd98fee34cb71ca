package tokenizer

import "container/heap"

// mergeTable maps an adjacent pair of token ids to the merge that joins
// them: its rank (position in the merges list; lower merges first) and the id
// of the merged token. It is built once at load and read-only after.
type mergeTable map[uint64]uint64

func pairKey(a, b int32) uint64 { return uint64(uint32(a))<<32 | uint64(uint32(b)) }

// lookup returns the rank and merged id of pair (a, b), or ok false.
func (m mergeTable) lookup(a, b int32) (rank, id int32, ok bool) {
	v, ok := m[pairKey(a, b)]
	return int32(v >> 32), int32(uint32(v)), ok
}

// noRank marks a position with no mergeable pair to its right.
const noRank = int32(1<<31 - 1)

// heapThreshold is the word length (in bytes) above which bpe uses a heap
// instead of scanning for the lowest rank; both give the same result.
const heapThreshold = 48

// bpeWord is the scratch space for merging one word: a doubly linked list of
// symbols over the word's bytes.
type bpeWord struct {
	id   []int32 // token id per position; -1 once merged into its left
	next []int32 // next live position, or len when none
	prev []int32 // previous live position, or -1
	rank []int32 // rank of the pair (pos, next[pos]), or noRank
	nid  []int32 // merged id of that pair
}

func (w *bpeWord) reset(n int) {
	if cap(w.id) < n {
		c := max(n, 64)
		w.id, w.next, w.prev = make([]int32, c), make([]int32, c), make([]int32, c)
		w.rank, w.nid = make([]int32, c), make([]int32, c)
	}
	w.id, w.next, w.prev = w.id[:n], w.next[:n], w.prev[:n]
	w.rank, w.nid = w.rank[:n], w.nid[:n]
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
		w.setPair(t.merges, int32(i))
	}
	w.rank[n-1] = noRank
	if n <= heapThreshold {
		w.mergeScan(t.merges)
	} else {
		w.mergeHeap(t.merges)
	}
	for i := int32(0); i < int32(n); i = w.next[i] {
		dst = append(dst, int(w.id[i]))
	}
	return dst
}

// setPair records the merge available at position p (with its right
// neighbour), if any.
func (w *bpeWord) setPair(m mergeTable, p int32) {
	q := w.next[p]
	if int(q) >= len(w.id) {
		w.rank[p] = noRank
		return
	}
	if r, id, ok := m.lookup(w.id[p], w.id[q]); ok {
		w.rank[p], w.nid[p] = r, id
	} else {
		w.rank[p] = noRank
	}
}

// apply merges position p with its right neighbour.
func (w *bpeWord) apply(p int32) {
	q := w.next[p]
	w.id[p] = w.nid[p]
	w.id[q] = -1
	w.next[p] = w.next[q]
	if int(w.next[q]) < len(w.id) {
		w.prev[w.next[q]] = p
	}
}

func (w *bpeWord) mergeScan(m mergeTable) {
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
		w.apply(best)
		w.setPair(m, best)
		if p := w.prev[best]; p >= 0 {
			w.setPair(m, p)
		}
	}
}

// pending is a candidate merge in the heap; it is stale when the symbols at
// pos and its right neighbour are no longer the ids it was made for.
type pending struct {
	rank, pos, a, b int32
}

type pendingHeap []pending

func (h pendingHeap) Len() int { return len(h) }
func (h pendingHeap) Less(i, j int) bool {
	if h[i].rank != h[j].rank {
		return h[i].rank < h[j].rank
	}
	return h[i].pos < h[j].pos
}
func (h pendingHeap) Swap(i, j int) { h[i], h[j] = h[j], h[i] }
func (h *pendingHeap) Push(x any)   { *h = append(*h, x.(pending)) }
func (h *pendingHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

func (w *bpeWord) push(h *pendingHeap, p int32) {
	if w.rank[p] != noRank {
		heap.Push(h, pending{w.rank[p], p, w.id[p], w.id[w.next[p]]})
	}
}

func (w *bpeWord) mergeHeap(m mergeTable) {
	n := int32(len(w.id))
	h := make(pendingHeap, 0, n)
	for i := int32(0); i < n-1; i++ {
		if w.rank[i] != noRank {
			h = append(h, pending{w.rank[i], i, w.id[i], w.id[i+1]})
		}
	}
	heap.Init(&h)
	for h.Len() > 0 {
		top := heap.Pop(&h).(pending)
		p := top.pos
		q := w.next[p]
		if w.id[p] != top.a || q >= n || w.id[q] != top.b {
			continue
		}
		w.apply(p)
		w.setPair(m, p)
		w.push(&h, p)
		if l := w.prev[p]; l >= 0 {
			w.setPair(m, l)
			w.push(&h, l)
		}
	}
}
