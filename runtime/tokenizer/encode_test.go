package tokenizer

import (
	"math/rand/v2"
	"slices"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// TestPlainNeverYieldsAddedTokens: whatever the text, even made only of
// added-token strings and fragments, plain mode yields no added token.
func TestPlainNeverYieldsAddedTokens(t *testing.T) {
	tok := qwenJSON(t)
	var frags []string
	for id := 0; id < tok.NumTokens(); id++ {
		if tok.IsSpecial(id) {
			s := string(tok.TokenBytes(id))
			frags = append(frags, s, s[:len(s)/2], s[len(s)/2:])
		}
	}
	if len(frags) != 3*22 {
		t.Fatalf("%d added-token fragments, want 66", len(frags)/3)
	}
	frags = append(frags, "<", "|", ">", " ", "\n", "x", "<<", "||")
	rng := rand.New(rand.NewPCG(3, 4))
	for iter := 0; iter < 3000; iter++ {
		var sb strings.Builder
		for k := rng.IntN(10); k >= 0; k-- {
			sb.WriteString(frags[rng.IntN(len(frags))])
		}
		text := sb.String()
		ids := tok.Encode(text)
		for _, id := range ids {
			if id >= 151643 || tok.IsSpecial(id) {
				t.Fatalf("Encode(%q) yields added token %d", text, id)
			}
		}
		if got := tok.Decode(ids); got != text {
			t.Fatalf("Decode(Encode(%q)) = %q", text, got)
		}
	}
}

// TestEncodeSpecialLeftmostLongest checks the matching rule on
// overlapping candidates.
func TestEncodeSpecialLeftmostLongest(t *testing.T) {
	tok := qwenJSON(t)
	ids := tok.EncodeSpecial("<<|im_start|>>x</tool_call><tool_call")
	// ">x" is one piece of the split regex: [^\s\p{L}\p{N}]?\p{L}+.
	want := append(append([]int{27, 151644}, tok.Encode(">x")...), 151658)
	want = append(want, tok.Encode("<tool_call")...)
	if !slices.Equal(ids, want) {
		t.Errorf("got %v, want %v", ids, want)
	}
}

// TestBPEScanMatchesHeap runs the three merge strategies on the same words,
// random and repetitive.
func TestBPEScanMatchesHeap(t *testing.T) {
	tok := qwenJSON(t)
	rng := rand.New(rand.NewPCG(5, 6))
	alphabet := []string{"a", "b", "e", "n", "t", "h", " ", "的", "é", "ab", "an", "\xF0\x9F\x98\x80", "0"}
	var w1, w2, w3 bpeWord
	for iter := 0; iter < 3000; iter++ {
		var sb strings.Builder
		alpha := alphabet
		if iter%2 == 1 { // a run of one to three units
			alpha = nil
			for k := 1 + rng.IntN(3); k > 0; k-- {
				alpha = append(alpha, alphabet[rng.IntN(len(alphabet))])
			}
		}
		for k := 2 + rng.IntN(300); k > 0; k-- {
			sb.WriteString(alpha[rng.IntN(len(alpha))])
		}
		word := sb.String()
		run := func(w *bpeWord, mode int) []int {
			n := len(word)
			w.reset(n)
			for i := 0; i < n; i++ {
				w.id[i], w.next[i], w.prev[i] = tok.byteID[word[i]], int32(i+1), int32(i-1)
			}
			for i := 0; i < n-1; i++ {
				w.setPair(&tok.merges, int32(i))
			}
			w.rank[n-1] = noRank
			switch mode {
			case 1:
				w.mergeHeap(&tok.merges)
			case 2:
				w.mergeBuckets(&tok.merges)
			default:
				w.mergeScan(&tok.merges)
			}
			var out []int
			for i := int32(0); i < int32(n); i = w.next[i] {
				out = append(out, int(w.id[i]))
			}
			return out
		}
		a, b, c := run(&w1, 0), run(&w2, 1), run(&w3, 2)
		if !slices.Equal(a, b) || !slices.Equal(a, c) {
			t.Fatalf("word %q: scan %v, heap %v, buckets %v", word, a, b, c)
		}
	}
}

// TestConcurrentEncode shares one fresh Tokenizer (and its cold cache)
// between goroutines, so that they fill and read the cache at once; run with
// -race.
func TestConcurrentEncode(t *testing.T) {
	tok, err := Qwen25()
	if err != nil {
		t.Fatal(err)
	}
	gs := readGoldens(t, "goldens.jsonl")
	var wg sync.WaitGroup
	errs := make(chan string, 8)
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := g; i < len(gs); i += 3 {
				if !slices.Equal(tok.Encode(gs[i].Text), gs[i].Plain) {
					errs <- gs[i].Text
					return
				}
			}
		}(g)
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Errorf("concurrent Encode differs on %q", e)
	}
}

// FuzzEncode: encoding never panics, plain mode never yields an added
// token, and decoding gives back the NFC form of the text.
func FuzzEncode(f *testing.F) {
	tok := qwenJSON(f)
	for _, s := range []string{"Hello <|im_start|>world", "cafe\u0301 ", "\xff\xfe<tool_call>", "  \n\n  x", "'ſt 12 三"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		ids := tok.Encode(s)
		for _, id := range ids {
			if tok.IsSpecial(id) {
				t.Fatalf("Encode(%q) yields added token %d", s, id)
			}
		}
		sp := tok.EncodeSpecial(s)
		// The tokens' bytes spell the NFC form exactly, invalid UTF-8 included.
		var raw []byte
		for _, id := range ids {
			raw = append(raw, tok.TokenBytes(id)...)
		}
		if want := norm.NFC.String(s); string(raw) != want {
			t.Fatalf("tokens of %q spell %q, want %q", s, raw, want)
		}
		if !utf8.ValidString(s) {
			return
		}
		if got, want := tok.Decode(ids), norm.NFC.String(s); got != want {
			t.Fatalf("Decode(Encode(%q)) = %q, want %q", s, got, want)
		}
		if norm.NFC.IsNormalString(s) {
			if got := tok.Decode(sp); got != s {
				t.Fatalf("Decode(EncodeSpecial(%q)) = %q", s, got)
			}
		}
	})
}

// TestBPELowerRankCreated uses merges in an order no trained BPE produces:
// "x bc" ranks before "b c", so merging b+c creates a pair of lower rank,
// which must be merged before the rest of the b+c sweep. The three
// strategies must still agree, and the result is known by hand.
func TestBPELowerRankCreated(t *testing.T) {
	tok, err := New(Spec{
		Tokens: append(byteTokens(), "bc", "xbc", "bcbc"),
		Merges: [][2]string{{"x", "bc"}, {"b", "c"}, {"bc", "bc"}},
		BOS:    -1, EOS: -1, Pad: -1,
	})
	if err != nil {
		t.Fatal(err)
	}
	bc, xbc, bcbc := 256, 257, 258
	for word, want := range map[string][]int{
		"xbcbc":     {xbc, bc},
		"bcbcxbc":   {bcbc, xbc},
		"xbcbcbcbc": {xbc, bcbc, bc},
	} {
		for mode := 0; mode < 3; mode++ {
			var w bpeWord
			n := len(word)
			w.reset(n)
			for i := 0; i < n; i++ {
				w.id[i], w.next[i], w.prev[i] = tok.byteID[word[i]], int32(i+1), int32(i-1)
			}
			for i := 0; i < n-1; i++ {
				w.setPair(&tok.merges, int32(i))
			}
			w.rank[n-1] = noRank
			switch mode {
			case 0:
				w.mergeScan(&tok.merges)
			case 1:
				w.mergeHeap(&tok.merges)
			case 2:
				w.mergeBuckets(&tok.merges)
			}
			var got []int
			for i := int32(0); i < int32(n); i = w.next[i] {
				got = append(got, int(w.id[i]))
			}
			if !slices.Equal(got, want) {
				t.Errorf("mode %d, %q: got %v, want %v", mode, word, got, want)
			}
		}
	}
}
