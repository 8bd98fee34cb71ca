package grammar

import (
	"cmp"
	"encoding/binary"
	"sync"
)

// autoCache keeps automata that depend only on their source (a pattern, a
// content automaton): they are immutable once built, so every compilation
// that shares the cache shares them. Bounded: cleared when full. Safe for
// concurrent use.
type autoCache struct {
	mu    sync.Mutex
	m     map[any]*dfa
	max   int // entries kept (0: maxAutoCache)
	bytes int // table bytes of the entries
}

const (
	maxAutoCache = 1024
	// maxAutoBytes bounds the table bytes one cache keeps (an automaton
	// may have AutomatonStates states times 256 classes).
	maxAutoBytes = 32 << 20
)

// tableBytes approximates the memory of an automaton's tables.
func (d *dfa) tableBytes() int {
	return 4*(len(d.trans)+len(d.name)) + 8*len(d.pats) + 3*len(d.accept)
}

// get returns the automaton cached under k, or builds and caches it. b
// (nil: uncounted) is charged the same work either way: a hit is charged
// what the build was charged, nested cached parts included.
func (c *autoCache) get(k any, b *budget, build func() (*dfa, error)) (*dfa, error) {
	c.mu.Lock()
	if d, ok := c.m[k]; ok {
		c.mu.Unlock()
		if b != nil {
			if err := b.charge(d.work); err != nil {
				return nil, err
			}
		}
		return d, nil
	}
	c.mu.Unlock()
	var before int
	if b != nil {
		before = b.work
	}
	d, err := build()
	if err != nil {
		return nil, err
	}
	if b != nil {
		d.work = b.work - before
	}
	c.mu.Lock()
	if c.m == nil || len(c.m) >= cmp.Or(c.max, maxAutoCache) || c.bytes+d.tableBytes() > maxAutoBytes {
		c.m, c.bytes = map[any]*dfa{}, 0
	}
	if _, ok := c.m[k]; !ok {
		c.bytes += d.tableBytes()
	}
	c.m[k] = d
	c.mu.Unlock()
	return d, nil
}

func (c *autoCache) reset() {
	c.mu.Lock()
	c.m, c.bytes = nil, 0
	c.mu.Unlock()
}

// autoCaches are the automaton caches of the compilations that share them:
// those against one *Index share the Index's (the Index is built once per
// vocabulary and shared by every grammar compiled against it); a
// compilation without an Index gets fresh ones. There is no process-wide
// cache.
type autoCaches struct {
	pattern autoCache // ECMA pattern -> content automaton (search semantics)
	str     autoCache // content automaton id -> JSON string automaton
	key     autoCache // object key automata (see compiler.keyDFA); max 256
	meet    autoCache // component ids -> their intersection
	format  autoCache // format name -> content automaton (at most len(formatRegex))
}

func newAutoCaches() *autoCaches {
	return &autoCaches{key: autoCache{max: 256}}
}

// reset empties the caches of compiled schemas (the format automata, a
// fixed set, stay).
func (a *autoCaches) reset() {
	for _, c := range []*autoCache{&a.pattern, &a.str, &a.key, &a.meet} {
		c.reset()
	}
}

// intersect is intersectDFA through the cache: the same components (by
// id, in order) give the same automaton, and so the same cached string
// automaton.
func (a *autoCaches) intersect(ds []*dfa, b *budget) (*dfa, error) {
	if len(ds) == 1 {
		return ds[0], nil
	}
	key := make([]byte, 0, 8*len(ds))
	for _, d := range ds {
		key = binary.AppendUvarint(key, d.id)
	}
	return a.meet.get(string(key), b, func() (*dfa, error) { return intersectDFA(ds, b) })
}

type keyAutoKey string

type strKey struct {
	id   uint64
	anyU bool
}

// stringDFA is stringDFA through the cache.
func (a *autoCaches) stringDFA(content *dfa, anyU bool, b *budget) (*dfa, error) {
	return a.str.get(strKey{content.id, anyU}, b, func() (*dfa, error) { return stringDFA(content, anyU, b) })
}

// complementKey keys a complement in the meet cache (a type of its own, so
// it never meets an intersection's key).
type complementKey uint64

// complement is the content automaton of the valid UTF-8 texts d rejects
// (cached by d's id).
func (a *autoCaches) complement(d *dfa, b *budget) (*dfa, error) {
	return a.meet.get(complementKey(d.id), b, func() (*dfa, error) {
		return productDFA([]*dfa{universalDFA, d}, func(acc uint64) bool { return acc == 1 }, false, 0, b)
	})
}
