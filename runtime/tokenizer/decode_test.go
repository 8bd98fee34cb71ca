package tokenizer

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestAppendLossy uses the example of the Unicode Standard, section 3.9
// (table 3-8, "U+FFFD for maximal subparts"), which Rust's from_utf8_lossy
// and Python's errors="replace" follow.
func TestAppendLossy(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"\x61\xF1\x80\x80\xE1\x80\xC2\x62\x80\x63\x80\xBF\x64", "a\uFFFD\uFFFD\uFFFDb\uFFFDc\uFFFD\uFFFDd"},
		{"\xE4\xB8\x41", "\uFFFDA"},
		{"\xED\xA0\x80", "\uFFFD\uFFFD\uFFFD"}, // a surrogate: ED's second byte must be 80..9F
		{"\xF4\x90\x80\x80", "\uFFFD\uFFFD\uFFFD\uFFFD"},
		{"\xC0\xAF", "\uFFFD\uFFFD"},
		{"\xF0\x9F\x98", "\uFFFD"},
		{"ok \xF0\x9F\x98\x80", "ok 😀"},
	} {
		got, n := appendLossy(nil, []byte(c.in), true)
		if string(got) != c.want || n != len(c.in) {
			t.Errorf("appendLossy(%q) = %q, %d; want %q", c.in, got, n, c.want)
		}
	}
	got, n := appendLossy(nil, []byte("a\xF0\x9F\x98"), false)
	if string(got) != "a" || n != 1 {
		t.Errorf("not final: got %q, consumed %d; want \"a\", 1", got, n)
	}
}

func TestDecode(t *testing.T) {
	tok := qwenJSON(t)
	imStart, _ := tok.TokenID("<|im_start|>")
	imEnd, _ := tok.TokenID("<|im_end|>")
	toolCall, _ := tok.TokenID("<tool_call>")
	if imStart != 151644 || imEnd != 151645 || toolCall != 151657 {
		t.Fatalf("TokenID: im_start %d, im_end %d, tool_call %d", imStart, imEnd, toolCall)
	}
	for _, text := range []string{" the", "的", "\n\n", "!"} {
		id, ok := tok.TokenID(text)
		if !ok || string(tok.TokenBytes(id)) != text || !slices.Equal(tok.Encode(text), []int{id}) {
			t.Errorf("TokenID(%q) = %d, %v (bytes %q)", text, id, ok, tok.TokenBytes(id))
		}
	}
	if _, ok := tok.TokenID("not a single token, surely"); ok {
		t.Error("TokenID found a long sentence")
	}
	hi := tok.Encode("hi there")
	ids := append(append([]int{imStart}, hi...), imEnd, toolCall)
	if got := tok.Decode(ids); got != "<|im_start|>hi there<|im_end|><tool_call>" {
		t.Errorf("Decode = %q", got)
	}
	if got := tok.DecodeSkipSpecial(ids); got != "hi there<tool_call>" {
		t.Errorf("DecodeSkipSpecial = %q", got)
	}
	if got := tok.Decode([]int{-1, 1 << 30}); got != "\uFFFD\uFFFD" {
		t.Errorf("Decode of ids outside the vocabulary = %q", got)
	}
	// [27, 91, 318, 4906, 91, 29] is "<|im_start|>" as text (README).
	if got := tok.Decode([]int{27, 91, 318, 4906, 91, 29}); got != "<|im_start|>" {
		t.Errorf("Decode = %q", got)
	}
}

// TestStreamDecoder feeds a character's bytes one token at a time.
func TestStreamDecoder(t *testing.T) {
	tok := qwenJSON(t)
	d := tok.NewStreamDecoder()
	var got []string
	for _, b := range []byte("你😀") {
		got = append(got, d.Add(int(tok.byteID[b])))
	}
	want := []string{"", "", "你", "", "", "", "😀"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("stream pieces %q, want %q", got, want)
	}
	// A cut-off character comes out as one U+FFFD at Flush.
	d.Add(int(tok.byteID[0xF0]))
	d.Add(int(tok.byteID[0x9F]))
	if d.Pending() != 2 {
		t.Errorf("Pending = %d, want 2", d.Pending())
	}
	if s := d.Flush(); s != "\uFFFD" {
		t.Errorf("Flush = %q", s)
	}
	// A byte that cannot continue the character flushes it at once.
	d.Add(int(tok.byteID[0xE4]))
	if s := d.Add(int(tok.byteID['A'])); s != "\uFFFDA" {
		t.Errorf("Add after a broken sequence = %q", s)
	}
	d.SkipSpecial = true
	imEnd, _ := tok.TokenID("<|im_end|>")
	if s := d.Add(imEnd); s != "" {
		t.Errorf("SkipSpecial kept %q", s)
	}
}

// TestStreamMatchesDecode checks on random id sequences, biased toward byte
// tokens that split characters, that the stream emits valid UTF-8 only and
// adds up to Decode.
func TestStreamMatchesDecode(t *testing.T) {
	tok := qwenJSON(t)
	rng := rand.New(rand.NewPCG(1, 2))
	for iter := 0; iter < 2000; iter++ {
		ids := make([]int, rng.IntN(12))
		for i := range ids {
			switch rng.IntN(4) {
			case 0:
				ids[i] = int(tok.byteID[0x80+rng.IntN(0x80)])
			case 1:
				ids[i] = int(tok.byteID[0xE0+rng.IntN(0x15)])
			default:
				ids[i] = rng.IntN(tok.NumTokens())
			}
		}
		for _, skip := range []bool{false, true} {
			d := tok.NewStreamDecoder()
			d.SkipSpecial = skip
			var sb strings.Builder
			for _, id := range ids {
				s := d.Add(id)
				if !utf8.ValidString(s) {
					t.Fatalf("ids %v: Add emitted invalid UTF-8 %q", ids, s)
				}
				sb.WriteString(s)
			}
			sb.WriteString(d.Flush())
			want := tok.Decode(ids)
			if skip {
				want = tok.DecodeSkipSpecial(ids)
			}
			if sb.String() != want {
				t.Fatalf("ids %v skip=%v: stream %q, Decode %q", ids, skip, sb.String(), want)
			}
		}
	}
}

// TestDecodeRune compares the inline decoder with the standard library on
// every one- to four-byte prefix pattern that matters.
func TestDecodeRune(t *testing.T) {
	rng := rand.New(rand.NewPCG(11, 12))
	for iter := 0; iter < 200000; iter++ {
		b := make([]byte, 1+rng.IntN(4))
		for i := range b {
			b[i] = byte(rng.IntN(256))
			if rng.IntN(2) == 0 {
				b[i] = 0x80 | byte(rng.IntN(64))
			}
		}
		s := string(b)
		r1, w1 := decodeRune(s, 0)
		r2, w2 := utf8.DecodeRuneInString(s)
		if r1 != r2 || w1 != w2 {
			t.Fatalf("decodeRune(%q) = %U %d, want %U %d", s, r1, w1, r2, w2)
		}
	}
	for r := rune(0); r <= utf8.MaxRune; r++ {
		s := string(r)
		if r1, w1 := decodeRune(s, 0); (r1 != r && !(r >= 0xD800 && r < 0xE000)) || w1 != len(s) {
			t.Fatalf("decodeRune(%q) = %U %d", s, r1, w1)
		}
	}
}
