package grammar

import (
	"bytes"
	"fmt"
	"slices"
	"sync"
)

// Vocabulary is what the grammar needs from a tokenizer; the runtime
// tokenizer satisfies it. TokenBytes of a special token is its text.
type Vocabulary interface {
	// NumTokens returns the number of token ids; ids run from 0 to
	// NumTokens()-1.
	NumTokens() int
	// TokenBytes returns the bytes token id decodes to, or the text of a
	// special token.
	TokenBytes(id int) []byte
	// IsSpecial reports whether token id is a special (control) token.
	IsSpecial(id int) bool
}

// Index is a Vocabulary prepared for masks: the bytes of every text token,
// laid out as a flat token trie in depth-first order, and the special
// tokens, which are terminals of their own (a text token never matches a
// special token's string). Build it once per tokenizer with NewIndex and
// share it: it is immutable and safe for concurrent use. It is itself a
// Vocabulary.
type Index struct {
	toks    [][]byte          // text bytes by id; nil for specials and holes
	size    int               // number of token ids (mask bits)
	special []int             // ids of special tokens
	specIdx map[int]int       // id -> index into special
	names   map[string]int    // special token text -> id
	stops   []int             // default stop tokens
	trie    []trieNode        // [0] is the root
	parent  []int32           // parent node of each trie node
	dups    map[int32][]int32 // main-trie node -> further ids with its bytes
	dupNode []uint64          // bit n: node n has dups
	allText []uint64          // every text token
	slices  []*tokSlice       // the trie split for the slicer (slice.go)
	// characters of the plain slices' tokens (buildCharCounts)
	charsUpTo [][]uint64
	longChars [][]int32

	auto *autoCaches // automata shared by the grammars compiled against this Index

	lexMu sync.Mutex
	pre   map[lexKey]*lexInfo // built-in automata (never evicted)
	lex   map[lexKey]*lexInfo // other automata, bounded
}

// trieNode is one node of the flat trie: the byte leading to it, the token
// that ends here (-1: none) and the index just past its subtree.
type trieNode struct {
	b   byte
	tok int32
	end int32
}

// NewIndex prepares a vocabulary: its text tokens go into the trie, its
// special tokens become terminals. The default stop tokens are the specials
// whose text is <|im_end|> or <|endoftext|>. Cost for Qwen2.5's 151,665
// ids: one sort and one pass (see BenchmarkNewIndex), a few MB.
func NewIndex(voc Vocabulary) (*Index, error) {
	if ix, ok := voc.(*Index); ok {
		return ix, nil
	}
	n := voc.NumTokens()
	if n <= 0 {
		return nil, fmt.Errorf("grammar: empty vocabulary")
	}
	v := &Index{toks: make([][]byte, n), size: n, specIdx: map[int]int{}, names: map[string]int{}}
	for id := 0; id < n; id++ {
		b := voc.TokenBytes(id)
		if voc.IsSpecial(id) {
			v.specIdx[id] = len(v.special)
			v.special = append(v.special, id)
			if len(b) > 0 {
				if _, dup := v.names[string(b)]; !dup {
					v.names[string(b)] = id
				}
			}
			continue
		}
		v.toks[id] = b
	}
	for _, name := range []string{"<|im_end|>", "<|endoftext|>"} {
		if id, ok := v.names[name]; ok {
			v.stops = append(v.stops, id)
		}
	}
	v.buildTrie()
	v.buildSlices()
	v.auto = newAutoCaches()
	v.pre = map[lexKey]*lexInfo{}
	v.lex = map[lexKey]*lexInfo{}
	// the automata every JSON grammar uses, at their start state
	for _, d := range []*dfa{genericStringDFA, countedStringDFA, anyTextDFA} {
		v.lexInfo(d, 0)
	}
	// characters per token, for strings with a maxLength
	v.lexInfo(countedStringDFA, 0).deltas(v, countedStringDFA, 0)
	return v, nil
}

// NumTokens is the number of token ids a mask covers.
func (v *Index) NumTokens() int { return v.size }

func (v *Index) buildTrie() {
	ids := make([]int32, 0, v.size)
	v.allText = make([]uint64, (v.size+63)/64)
	for i, t := range v.toks {
		if len(t) > 0 {
			ids = append(ids, int32(i))
			v.allText[i>>6] |= 1 << (i & 63)
		}
	}
	sortByBytes(ids, v.toks)
	nodes := make([]trieNode, 1, 2*len(ids)+1)
	nodes[0] = trieNode{tok: -1}
	path := []int32{0} // path[d] = node at depth d
	parents := make([]int32, 1, 2*len(ids)+1)
	var prev []byte
	for _, id := range ids {
		t := v.toks[id]
		cp := 0
		for cp < len(t) && cp < len(prev) && t[cp] == prev[cp] {
			cp++
		}
		if cp == len(t) && len(prev) == len(t) {
			// same bytes as the previous token
			n := path[len(t)]
			if v.dups == nil {
				v.dups = map[int32][]int32{}
			}
			v.dups[n] = append(v.dups[n], id)
			continue
		}
		for len(path) > cp+1 {
			nodes[path[len(path)-1]].end = int32(len(nodes))
			path = path[:len(path)-1]
		}
		for d := cp; d < len(t); d++ {
			nodes = append(nodes, trieNode{b: t[d], tok: -1})
			parents = append(parents, path[len(path)-1])
			path = append(path, int32(len(nodes)-1))
		}
		nodes[path[len(path)-1]].tok = id
		prev = t
	}
	for len(path) > 0 {
		nodes[path[len(path)-1]].end = int32(len(nodes))
		path = path[:len(path)-1]
	}
	v.trie = nodes
	v.parent = parents
	v.dupNode = make([]uint64, (len(nodes)+63)/64)
	for n := range v.dups {
		v.dupNode[n>>6] |= 1 << (n & 63)
	}
}

// sortByBytes sorts token ids by their bytes, equal bytes by id (ids must
// come in increasing order): an MSD radix sort, stable at every level, so
// shared prefixes are looked at once rather than in every comparison.
func sortByBytes(ids []int32, toks [][]byte) {
	radixSort(ids, make([]int32, len(ids)), toks, 0)
}

func radixSort(a, tmp []int32, toks [][]byte, d int) {
	if len(a) <= 32 {
		// insertion sort on the bytes from d on, then id
		for i := 1; i < len(a); i++ {
			x := a[i]
			j := i
			for ; j > 0; j-- {
				y := a[j-1]
				c := bytes.Compare(toks[y][d:], toks[x][d:])
				if c < 0 || c == 0 && y < x {
					break
				}
				a[j] = y
			}
			a[j] = x
		}
		return
	}
	// bucket 0: tokens that end at d; bucket 1+b: byte b at d
	var cnt [258]int
	for _, x := range a {
		k := 0
		if t := toks[x]; d < len(t) {
			k = int(t[d]) + 1
		}
		cnt[k+1]++
	}
	for k := 1; k < len(cnt); k++ {
		cnt[k] += cnt[k-1]
	}
	start := cnt
	for _, x := range a {
		k := 0
		if t := toks[x]; d < len(t) {
			k = int(t[d]) + 1
		}
		tmp[cnt[k]] = x
		cnt[k]++
	}
	copy(a, tmp)
	for k := 1; k < 257; k++ {
		if lo, hi := start[k], start[k+1]; hi-lo > 1 {
			radixSort(a[lo:hi], tmp[lo:hi], toks, d+1)
		}
	}
}

// dupsOf returns the further token ids whose bytes end at main-trie node
// n (nil for almost every node: one bit test, no map lookup).
func (v *Index) dupsOf(n int32) []int32 {
	if int(n>>6) >= len(v.dupNode) || v.dupNode[n>>6]&(1<<(n&63)) == 0 {
		return nil
	}
	return v.dups[n]
}

// MaskWords is the length of the []uint64 a mask needs.
func (v *Index) MaskWords() int { return (v.size + 63) / 64 }

// TokenBytes returns the text of token id (the text of a special token).
func (v *Index) TokenBytes(id int) []byte {
	if id < 0 || id >= len(v.toks) {
		return nil
	}
	if _, ok := v.specIdx[id]; ok {
		for s, sid := range v.names {
			if sid == id {
				return []byte(s)
			}
		}
		return nil
	}
	return v.toks[id]
}

// SpecialID returns the id of the special token with the given text.
func (v *Index) SpecialID(text string) (int, bool) {
	id, ok := v.names[text]
	return id, ok
}

// IsSpecial reports whether id is a special token.
func (v *Index) IsSpecial(id int) bool {
	_, ok := v.specIdx[id]
	return ok
}

// DefaultStops returns the stop tokens used when Options.StopTokens is nil.
func (v *Index) DefaultStops() []int { return slices.Clone(v.stops) }

// TrieNodes reports the size of the token trie (for statistics).
func (v *Index) TrieNodes() int { return len(v.trie) }

// StaticVocabulary is a Vocabulary given by its token texts, for tests
// and small custom vocabularies: Texts[i] is token i, Special marks special
// tokens (whose Texts entry is their name).
type StaticVocabulary struct {
	Texts   [][]byte     // Texts[i] is the bytes of token i, or the name of a special token
	Special map[int]bool // the ids of the special tokens
}

// NumTokens implements Vocabulary.
func (s *StaticVocabulary) NumTokens() int { return len(s.Texts) }

// TokenBytes implements Vocabulary.
func (s *StaticVocabulary) TokenBytes(id int) []byte {
	if id < 0 || id >= len(s.Texts) {
		return nil
	}
	return s.Texts[id]
}

// IsSpecial implements Vocabulary.
func (s *StaticVocabulary) IsSpecial(id int) bool { return s.Special[id] }

// indexOf returns the prepared Index of a vocabulary: the vocabulary itself
// when it is an *Index, else a new one (the trie walk of NewIndex, about
// 100 ms for Qwen2.5's vocabulary: callers that compile more than once pass
// an *Index). nil stays nil (byte-level).
func indexOf(voc Vocabulary) (*Index, error) {
	if voc == nil {
		return nil, nil
	}
	if ix, ok := voc.(*Index); ok {
		return ix, nil
	}
	return NewIndex(voc)
}
