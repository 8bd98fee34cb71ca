package tokenizer

import (
	"hash/maphash"
	"sync/atomic"
)

// The piece cache remembers the ids of frequent pieces ("the", " of", "\n\n",
// ...), so that most of a text costs one hash and one comparison instead of a
// BPE merge. It is a two-way set-associative table of cacheSlots immutable
// entries published through atomic pointers: reads and writes take no lock,
// any number of goroutines may share it, and a new piece simply replaces an
// older one in its slot. Memory is bounded by the slot count: at most
// cacheSlots entries of at most maxCachedLen bytes (about 8 MB in the worst
// case, typically well under 1 MB).
const (
	cacheSlots   = 1 << 16
	maxCachedLen = 64 // longer pieces are rare; they are not cached
)

type cacheEntry struct {
	key string
	ids []int32
}

type pieceCache struct {
	seed  maphash.Seed
	slots [cacheSlots]atomic.Pointer[cacheEntry]
}

func newPieceCache() *pieceCache {
	return &pieceCache{seed: maphash.MakeSeed()}
}

// get appends the cached ids of piece to dst; ok is false on a miss.
func (c *pieceCache) get(dst []int, piece string) ([]int, bool) {
	h := maphash.String(c.seed, piece)
	i := h & (cacheSlots - 1)
	e := c.slots[i].Load()
	if e == nil || e.key != piece {
		if e = c.slots[i^1].Load(); e == nil || e.key != piece {
			return dst, false
		}
	}
	for _, id := range e.ids {
		dst = append(dst, int(id))
	}
	return dst, true
}

// put remembers the ids of piece (copied). It takes the piece's home slot
// or its neighbour, whichever is free, or else evicts the one that bit 16 of
// the hash picks.
func (c *pieceCache) put(piece string, ids []int) {
	e := &cacheEntry{key: string([]byte(piece)), ids: make([]int32, len(ids))}
	for i, id := range ids {
		e.ids[i] = int32(id)
	}
	h := maphash.String(c.seed, piece)
	i := h & (cacheSlots - 1)
	switch {
	case c.slots[i].Load() == nil:
	case c.slots[i^1].Load() == nil:
		i ^= 1
	default:
		i ^= (h >> 16) & 1
	}
	c.slots[i].Store(e)
}
