package tokenizer

import "slices"

// Long pieces are usually runs of a few characters repeated ("=====...",
// 5,000 spaces, 1,500 emoji), whose pairs share a handful of ranks. For them
// mergeBuckets replaces the heap of positions by a heap of distinct ranks,
// each with the list of positions holding that pair: all positions of the
// lowest rank are merged left to right in one sweep, for O(1) work per merge
// instead of O(log n). The result is the same as the heap's: a merge never
// creates a pair of its own rank (the new pairs contain the merged token,
// which is neither of its parts), and if it creates a pair of a lower rank
// the sweep stops and resumes after that rank.

// bucketMinLen is the piece length from which bpe considers the buckets,
// and bucketMaxRanks the share of distinct initial ranks (1/bucketMaxRanks
// of the pairs) below which it uses them.
const (
	bucketMinLen   = 128
	bucketMaxRanks = 8
)

// repetitive reports whether the pairs of the word (ranks already set) use
// few distinct ranks.
func (w *bpeWord) repetitive() bool {
	n := len(w.id)
	limit := n / bucketMaxRanks
	seen := w.seen[:0]
	for i := 0; i < n; i++ {
		r := w.rank[i]
		if r == noRank || slices.Contains(seen, r) {
			continue
		}
		if len(seen) >= limit {
			w.seen = seen
			return false
		}
		seen = append(seen, r)
	}
	w.seen = seen
	return true
}

// rankHeap is a binary min-heap of ranks.
type rankHeap []int32

func (h *rankHeap) push(r int32) {
	*h = append(*h, r)
	a := *h
	for i := len(a) - 1; i > 0; {
		p := (i - 1) / 2
		if a[p] <= a[i] {
			break
		}
		a[p], a[i] = a[i], a[p]
		i = p
	}
}

func (h *rankHeap) pop() int32 {
	a := *h
	top := a[0]
	a[0] = a[len(a)-1]
	a = a[:len(a)-1]
	*h = a
	for i := 0; ; {
		c := 2*i + 1
		if c >= len(a) {
			break
		}
		if c+1 < len(a) && a[c+1] < a[c] {
			c++
		}
		if a[i] <= a[c] {
			break
		}
		a[i], a[c] = a[c], a[i]
		i = c
	}
	return top
}

func (w *bpeWord) mergeBuckets(m *mergeTable) {
	n := int32(len(w.id))
	buckets := make(map[int32][]int32)
	var ranks rankHeap
	add := func(p int32) {
		r := w.rank[p]
		if r == noRank {
			return
		}
		b, ok := buckets[r]
		if !ok {
			ranks.push(r)
		}
		buckets[r] = append(b, p)
	}
	for i := int32(0); i < n; i++ {
		add(i)
	}
	for len(ranks) > 0 {
		r := ranks.pop()
		list := buckets[r]
		delete(buckets, r)
		if !slices.IsSorted(list) {
			slices.Sort(list)
		}
		for k, p := range list {
			if w.id[p] < 0 || w.rank[p] != r {
				continue // merged away, or its pair has changed since
			}
			w.apply(m, p)
			w.setPair(m, p)
			lower := w.rank[p] < r
			add(p)
			if l := w.prev[p]; l >= 0 {
				w.setPair(m, l)
				lower = lower || w.rank[l] < r
				add(l)
			}
			if lower && k+1 < len(list) {
				// A lower rank appeared: it goes first; the rest of this
				// sweep resumes after it.
				ranks.push(r)
				buckets[r] = list[k+1:]
				break
			}
		}
	}
}
