package sdk

import "sync"

// cachePool keeps the KV caches of finished requests, each with the tokens it
// holds, so that a request continuing a conversation starts from the longest
// common token prefix instead of recomputing the prompt. At most max idle
// caches are kept; the least recently used goes first.
type cachePool struct {
	mu      sync.Mutex
	max     int
	entries []poolEntry // oldest first
}

type poolEntry struct {
	cache  kvCache
	tokens []int
}

// take removes and returns the idle cache sharing the longest prefix with ids
// (with the length of that prefix), or ok=false when no idle cache shares a
// token; then a spare cache, when the pool is full, is returned with
// prefix 0 so its memory is reused.
func (p *cachePool) take(ids []int) (c kvCache, tokens []int, prefix int, ok bool) {
	p.mu.Lock()
	defer p.mu.Unlock()
	best, bestN := -1, 0
	for i, e := range p.entries {
		if n := commonPrefix(e.tokens, ids); n > bestN {
			best, bestN = i, n
		}
	}
	if best < 0 {
		if len(p.entries) < p.max || len(p.entries) == 0 {
			return nil, nil, 0, false
		}
		best = 0 // the oldest
	}
	e := p.entries[best]
	p.entries = append(p.entries[:best], p.entries[best+1:]...)
	return e.cache, e.tokens, bestN, true
}

// put returns a cache holding tokens to the pool.
func (p *cachePool) put(c kvCache, tokens []int) {
	if p.max <= 0 {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	p.entries = append(p.entries, poolEntry{cache: c, tokens: tokens})
	if len(p.entries) > p.max {
		p.entries[0] = poolEntry{}
		p.entries = p.entries[1:]
	}
}

func commonPrefix(a, b []int) int {
	n := min(len(a), len(b))
	for i := 0; i < n; i++ {
		if a[i] != b[i] {
			return i
		}
	}
	return n
}
