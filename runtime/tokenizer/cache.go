package tokenizer

import (
	"sync"
	"sync/atomic"
)

// The piece cache remembers the ids of frequent pieces ("the", " of", "\n\n",
// ...), so that most of a text costs one map look-up instead of a BPE merge.
// It is safe for concurrent use and bounded:
//
//   - It has cacheShards shards, chosen by a hash of the piece.
//   - Each shard publishes a read-only map through an atomic pointer, so a
//     hit takes no lock at all.
//   - New entries go to a small pending map under the shard's mutex; once
//     pending holds a quarter of the published map (at least 16 entries),
//     or a pending piece misses again, both are merged into a new published
//     map. Copying is thus amortized to a few entries per insert.
//   - A shard whose published map would exceed shardCap entries starts over
//     from its pending entries, so memory stays below about
//     cacheShards*shardCap*(maxCachedLen+64) bytes (a few megabytes).
const (
	cacheShards  = 64
	shardCap     = 1024 // entries per shard
	maxCachedLen = 64   // longer pieces are rare; they are not cached
)

type cacheMap = map[string][]int32

type cacheShard struct {
	snap    atomic.Pointer[cacheMap]
	mu      sync.Mutex
	pending cacheMap
	_       [32]byte // keep shards on separate cache lines
}

type pieceCache struct {
	shards [cacheShards]cacheShard
}

func newPieceCache() *pieceCache {
	return &pieceCache{}
}

// shardOf picks a shard from a cheap hash of the piece.
func shardOf(s string) int {
	h := uint32(len(s))*0x9E3779B1 ^ uint32(s[0])*0x85EBCA6B ^ uint32(s[len(s)-1])*0xC2B2AE35
	if len(s) > 2 {
		h ^= uint32(s[len(s)/2]) * 0x27D4EB2F
	}
	return int(h>>16) % cacheShards
}

// get appends the cached ids of piece to dst; ok is false on a miss.
func (c *pieceCache) get(dst []int, piece string) ([]int, bool) {
	m := c.shards[shardOf(piece)].snap.Load()
	if m == nil {
		return dst, false
	}
	ids, ok := (*m)[piece]
	for _, id := range ids {
		dst = append(dst, int(id))
	}
	return dst, ok
}

// put remembers the ids of piece. ids is copied.
func (c *pieceCache) put(piece string, ids []int) {
	v := make([]int32, len(ids))
	for i, id := range ids {
		v[i] = int32(id)
	}
	key := string([]byte(piece)) // never keep a reference to the caller's text
	sh := &c.shards[shardOf(piece)]
	sh.mu.Lock()
	defer sh.mu.Unlock()
	if sh.pending == nil {
		sh.pending = make(cacheMap)
	}
	_, again := sh.pending[key] // missed twice: hot, publish now
	sh.pending[key] = v
	var old cacheMap
	if p := sh.snap.Load(); p != nil {
		old = *p
	}
	if !again && len(sh.pending) < max(16, len(old)/4) {
		return
	}
	if len(old)+len(sh.pending) > shardCap {
		old = nil // start over with what is frequent now
	}
	next := make(cacheMap, len(old)+len(sh.pending))
	for k, v := range old {
		next[k] = v
	}
	for k, v := range sh.pending {
		next[k] = v
	}
	sh.snap.Store(&next)
	sh.pending = make(cacheMap)
}
