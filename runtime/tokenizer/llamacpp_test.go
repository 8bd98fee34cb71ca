package tokenizer

import (
	"slices"
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"
)

// encodeUserDefinedOnly imitates llama.cpp's --no-parse-special: only the
// user-defined added tokens (<tool_call>, </tool_call>) are matched.
func encodeUserDefinedOnly(tok *Tokenizer, text string) []int {
	var out []int
	for {
		best, bestLen, bestID := -1, 0, 0
		for id := 0; id < tok.NumTokens(); id++ {
			if tok.TokenType(id) != TypeUserDefined {
				continue
			}
			s := string(tok.TokenBytes(id))
			if k := strings.Index(text, s); k >= 0 && (best < 0 || k < best || (k == best && len(s) > bestLen)) {
				best, bestLen, bestID = k, len(s), id
			}
		}
		if best < 0 {
			return append(out, tok.Encode(text)...)
		}
		out = append(out, tok.Encode(text[:best])...)
		out = append(out, bestID)
		text = text[best+bestLen:]
	}
}

// TestLlamaCpp checks llama.cpp's ids: they must equal ours except on the
// two documented classes of disagreement, and on those, llama.cpp's output
// must be explained exactly by the class (no NFC; user-defined tokens
// matched in plain mode).
func TestLlamaCpp(t *testing.T) {
	tok := qwenJSON(t)
	hf := readGoldens(t, "goldens.jsonl")
	ll := readGoldens(t, "llamacpp_qwen2.jsonl")
	if len(ll) != len(hf) {
		t.Fatalf("%d llama.cpp lines, %d goldens", len(ll), len(hf))
	}
	var agreePlain, agreeSpecial, nfcClass, userDefClass int
	for i, l := range ll {
		if l.Text != hf[i].Text {
			t.Fatalf("line %d: texts differ", i+1)
		}
		text := l.Text
		notNFC := norm.NFC.String(text) != text
		hasUserDef := strings.Contains(text, "<tool_call>") || strings.Contains(text, "</tool_call>")
		for _, mode := range []string{"plain", "special"} {
			want, ours := l.Plain, tok.Encode(text)
			if mode == "special" {
				want, ours = l.Special, tok.EncodeSpecial(text)
			}
			if slices.Equal(ours, want) {
				if mode == "plain" {
					agreePlain++
				} else {
					agreeSpecial++
				}
				continue
			}
			switch {
			case notNFC:
				// llama.cpp skips NFC: its ids spell the text as given, ours
				// its NFC form.
				nfcClass++
				if got := tok.Decode(want); got != text {
					t.Errorf("line %d %s: llama.cpp ids decode to %q, not the raw text %q", i+1, mode, got, text)
				}
				if got := tok.Decode(ours); got != norm.NFC.String(text) {
					t.Errorf("line %d %s: our ids decode to %q, not the NFC text", i+1, mode, got)
				}
			case mode == "plain" && hasUserDef:
				userDefClass++
				if got := encodeUserDefinedOnly(tok, text); !slices.Equal(got, want) {
					t.Errorf("line %d: llama.cpp plain ids are not explained by matching <tool_call>:\n got %v\nwant %v", i+1, got, want)
				}
			default:
				t.Errorf("line %d %s %q: disagreement outside the documented classes:\n ours  %v\n llama %v", i+1, mode, text, ours, want)
			}
		}
	}
	t.Logf("llama.cpp: plain agrees on %d, special on %d; NFC-class %d, user-defined-class %d", agreePlain, agreeSpecial, nfcClass, userDefClass)
	// The README's counts.
	if agreePlain != 1579 || agreeSpecial != 1604 || nfcClass != 478 || userDefClass != 25 {
		t.Errorf("counts differ from the fixture README (1579, 1604, 478, 25)")
	}
}
