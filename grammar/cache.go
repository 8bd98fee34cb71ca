package grammar

import (
	"cmp"
	"encoding/binary"
	"sync"
)

// autoCache keeps automata that depend only on their source (a pattern, a
// content automaton), shared by all compilations: they are immutable once
// built. Bounded: cleared when full.
type autoCache struct {
	mu  sync.Mutex
	m   map[any]*dfa
	max int // entries kept (0: maxAutoCache)
}

const maxAutoCache = 1024

func (c *autoCache) get(k any, build func() (*dfa, error)) (*dfa, error) {
	c.mu.Lock()
	if d, ok := c.m[k]; ok {
		c.mu.Unlock()
		return d, nil
	}
	c.mu.Unlock()
	d, err := build()
	if err != nil {
		return nil, err
	}
	c.mu.Lock()
	if c.m == nil || len(c.m) >= cmp.Or(c.max, maxAutoCache) {
		c.m = map[any]*dfa{}
	}
	c.m[k] = d
	c.mu.Unlock()
	return d, nil
}

var (
	patternDFAs autoCache             // ECMA pattern -> content automaton (search semantics)
	stringDFAs  autoCache             // content automaton id -> JSON string automaton
	keyDFAs     = autoCache{max: 256} // object key automata (see compiler.keyDFA)
	meetDFAs    autoCache             // component ids -> their intersection
)

// cachedIntersect is intersectDFA shared between compilations: the same
// components (by id, in order) give the same automaton, and so the same
// cached string automaton.
func cachedIntersect(ds []*dfa, b *budget) (*dfa, error) {
	if len(ds) == 1 {
		return ds[0], nil
	}
	key := make([]byte, 0, 8*len(ds))
	for _, d := range ds {
		key = binary.AppendUvarint(key, d.id)
	}
	return meetDFAs.get(string(key), func() (*dfa, error) { return intersectDFA(ds, b) })
}

type keyAutoKey string

type strKey struct {
	id   uint64
	anyU bool
}

func cachedStringDFA(content *dfa, anyU bool, b *budget) (*dfa, error) {
	return stringDFAs.get(strKey{content.id, anyU}, func() (*dfa, error) { return stringDFA(content, anyU, b) })
}
