package qwen2

// WeightBytesPerToken returns how many bytes of weights one decoded token
// reads: every layer's matrices (for a mixture of experts, the router, the
// shared expert and NExpertUsed experts' worth of the routed ones) and the
// output matrix, but only one row of the token embedding. Decoding is bound
// by memory bandwidth, so this over the decode time is the read rate
// achieved.
func (m *Model) WeightBytesPerToken() int64 {
	n := int64(len(m.output.Data)) + int64(m.embd.RowBytes())
	for i := range m.layers {
		l := &m.layers[i]
		n += int64(len(l.wq.Data) + len(l.wk.Data) + len(l.wv.Data) + len(l.wo.Data))
		n += 4 * int64(len(l.attnNorm)+len(l.ffnNorm)+len(l.bq)+len(l.bk)+len(l.bv))
		if l.moe != nil {
			mo := l.moe
			n += int64(len(mo.router.Data)) + mo.shared.bytes() + 4*int64(len(mo.sharedGate))
			var experts int64
			for _, e := range mo.experts {
				experts += e.bytes()
			}
			if len(mo.experts) > 0 {
				n += experts * int64(m.Config.NExpertUsed) / int64(len(mo.experts))
			}
		} else {
			n += l.ffn.bytes()
		}
	}
	return n
}

func (f *ffn) bytes() int64 { return int64(len(f.gate.Data) + len(f.up.Data) + len(f.down.Data)) }
