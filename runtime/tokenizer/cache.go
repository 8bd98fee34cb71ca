package tokenizer

import "sync"

// The pre-token cache remembers the ids of frequent pieces ("the", " of",
// "\n\n", ...), so that most of a text costs a map look-up instead of a BPE
// merge. It is sharded, each shard behind its own mutex, so goroutines that
// share a *Tokenizer rarely wait on each other; and bounded: a shard that
// reaches its capacity is emptied and refills with what is frequent now.
// Worst-case memory is about cacheShards*shardCap*(maxCachedLen+ids) bytes,
// a few megabytes.
const (
	cacheShards  = 64
	shardCap     = 1024 // entries per shard
	maxCachedLen = 24   // longer pieces are rare; they are not cached
)

type cacheShard struct {
	mu sync.Mutex
	m  map[string][]int32
	_  [40]byte // keep shards on separate cache lines
}

type pieceCache struct {
	shards [cacheShards]cacheShard
}

func newPieceCache() *pieceCache {
	c := &pieceCache{}
	for i := range c.shards {
		c.shards[i].m = make(map[string][]int32)
	}
	return c
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
	sh := &c.shards[shardOf(piece)]
	sh.mu.Lock()
	ids, ok := sh.m[piece]
	if ok {
		for _, id := range ids {
			dst = append(dst, int(id))
		}
	}
	sh.mu.Unlock()
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
	if len(sh.m) >= shardCap {
		clear(sh.m)
	}
	sh.m[key] = v
	sh.mu.Unlock()
}
