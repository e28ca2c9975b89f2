package bloom

import (
	"hash/fnv"
	"math"
)

type Filter struct {
	bits []uint64
	m    uint64
	k    uint64
	n    uint64
}

func New(expected int, fpRate float64) *Filter {
	if expected < 1 {
		expected = 1
	}
	if fpRate <= 0 || fpRate >= 1 {
		fpRate = 0.01
	}
	m := uint64(math.Ceil(-float64(expected) * math.Log(fpRate) / (math.Ln2 * math.Ln2)))
	k := uint64(math.Round(float64(m) / float64(expected) * math.Ln2))
	if k < 1 {
		k = 1
	}
	return &Filter{bits: make([]uint64, (m+63)/64), m: m, k: k}
}

func (f *Filter) hashes(data []byte) (uint64, uint64) {
	h := fnv.New64a()
	h.Write(data)
	a := h.Sum64()
	h.Write([]byte{0x9e})
	b := h.Sum64() | 1
	return a, b
}

func (f *Filter) Add(data []byte) {
	a, b := f.hashes(data)
	for i := uint64(0); i < f.k; i++ {
		idx := (a + i*b) % f.m
		f.bits[idx/64] |= 1 << (idx % 64)
	}
	f.n++
}

func (f *Filter) AddString(s string) { f.Add([]byte(s)) }

func (f *Filter) Test(data []byte) bool {
	a, b := f.hashes(data)
	for i := uint64(0); i < f.k; i++ {
		idx := (a + i*b) % f.m
		if f.bits[idx/64]&(1<<(idx%64)) == 0 {
			return false
		}
	}
	return true
}

func (f *Filter) TestString(s string) bool { return f.Test([]byte(s)) }

func (f *Filter) Count() uint64 { return f.n }

func (f *Filter) EstimatedFPRate() float64 {
	return math.Pow(1-math.Exp(-float64(f.k*f.n)/float64(f.m)), float64(f.k))
}
