package memory

import (
	"bufio"
	"encoding/json"
	"os"
	"testing"

	"github.com/qwenkit/qwenkit/chat"
	"github.com/qwenkit/qwenkit/sdk/chatml"
)

const fixtures = "../../shared/fixtures"

// TestPromptCountsMatchGoldens checks the token counts against Hugging
// Face's encodings of the chat template's renderings: exact for every
// conversation, except that consecutive tool results (which share one
// block) may be counted a few tokens high, never low.
func TestPromptCountsMatchGoldens(t *testing.T) {
	f, err := os.Open(fixtures + "/chat/goldens.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	p := newPrompt(counterFunc(qwen(t)))
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	checked := 0
	for sc.Scan() {
		var g struct {
			Name                string            `json:"name"`
			Messages            []json.RawMessage `json:"messages"`
			Tools               []json.RawMessage `json:"tools"`
			AddGenerationPrompt bool              `json:"add_generation_prompt"`
			IDs                 []int             `json:"ids"`
		}
		if err := json.Unmarshal(sc.Bytes(), &g); err != nil {
			t.Fatal(err)
		}
		if len(g.Tools) > 0 {
			continue // tool definitions are the sdk's to count
		}
		var msgs []chat.Message
		for _, raw := range g.Messages {
			var m chat.Message
			if err := json.Unmarshal(raw, &m); err != nil {
				t.Fatalf("%s: %v", g.Name, err)
			}
			msgs = append(msgs, m)
		}
		n, shared := 0, 0
		if msgs[0].Role != chat.System {
			n += p.message(chat.Message{Role: chat.System, Content: chatml.DefaultSystem})
		}
		for i, m := range msgs {
			n += p.message(m)
			if i > 0 && m.Role == chat.Tool && msgs[i-1].Role == chat.Tool {
				shared++
			}
		}
		if g.AddGenerationPrompt {
			n += p.reply
		}
		if n < len(g.IDs) || n > len(g.IDs)+4*shared {
			t.Errorf("%s: counted %d tokens, the encoding has %d (%d shared tool blocks)", g.Name, n, len(g.IDs), shared)
		}
		checked++
	}
	if checked < 40 {
		t.Errorf("only %d conversations checked", checked)
	}
}

func TestByteCounterBoundsQwen(t *testing.T) {
	tok := qwen(t)
	for _, s := range []string{"hello world", "数据库迁移", "🙂🙂🙂", "   \n\n\t", `{"a": [1, 2, 3]}`} {
		if n, b := len(tok.Encode(s)), (ByteCounter{}).Count(s); b < n {
			t.Errorf("%q: byte counter %d < Qwen %d", s, b, n)
		}
	}
}
