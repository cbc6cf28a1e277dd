package dtree

import (
	"errors"
	"fmt"
	"math/big"

	"github.com/consensys/gnark/constraint"
	"github.com/consensys/gnark/constraint/solver"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/std/multicommit"

	"github.com/zkpool/aoraki/prover/bside"
	"github.com/zkpool/aoraki/prover/poseidon"
)

// The circuit's lookups are log-derivative arguments [Haböck22], built here
// rather than with gnark's std/lookup/logderivlookup and std/rangecheck for
// savings that matter at a dozen lookups a tree level:
//
//   - a query may name its value (member): a node's word is checked as a
//     linear expression of the comparison's byte limbs and the decoded
//     feature and child, with no equality constraint between a looked-up
//     value and its parts;
//   - bytes are checked against a constant 256-entry table, one constraint
//     each, with no recomposition constraint: a 16-bit value is defined as
//     lo + 256·hi of two checked bytes;
//   - the samples' table is one column, index + 2^18·value (keyed), so
//     its entries need no multiplication.
//
// Each argument checks Σ_k m_k/(α − t_k) = Σ_j 1/(α − q_j) over its
// entries t_k, queried m_k times (a hint), and its queries q_j, at a
// challenge α that gnark's commitment draws once every variable entry,
// query and multiplicity is fixed (std/multicommit: one BSB22 commitment
// for the whole circuit). All arguments share α; each is its own equation.
// A pair table's (index, value) entries and queries enter as
// index + r·value with r = Poseidon2(α), so a query passes only if both its
// index and its value are one entry's. A keyed table's entries are
// index + 2^18·value with index < 2^18 and value < 2^16 (checked bytes),
// so they are distinct integers below p; its queries are exact only where
// the caller bounds their parts (see Circuit.Define). Costs in R1CS: a
// byte check 1 constraint; a pair query 2 (r·value and the inverse), a
// pair entry 2 with a variable value (r·value and the quotient); a keyed
// query or entry 1; the byte table 256; r one Poseidon2 permutation.
//
// Every quotient and inverse, a fresh full-size value, is constrained
// with its divisor α − q in Groth16's B matrix and itself in A (package
// bside), not the other way round as gnark's builder would: B's wires are
// what the prover's G2 multi-scalar multiplication runs over, and α less
// a query of bytes and indices costs it far less than a full-size wire a
// query. Same constraints; with the hashes' S-boxes placed likewise
// (poseidon.NewPlacedCircuit), the zkDT anchor proves 29% faster
// (BENCHMARKS.md, "Full-size wires out of B").
//
// [Haböck22]: https://eprint.iacr.org/2022/1530

func init() { solver.RegisterHint(countHint) }

// keyShift places a keyed table's value above its index.
const keyShift = 18

var pairTag = poseidon.Tag("dtree/v1/lookup-pair")

// lookups gathers the circuit's arguments and builds them, after Define,
// under one commitment.
type lookups struct {
	h      *poseidon.Circuit
	args   []*argument
	closed bool
}

// argument is one log-derivative equation: entries (constants or
// variables) and queries, each either a single value or an (index, value)
// pair.
type argument struct {
	pair bool
	// rIdx (pairs only): entries and queries enter as value + r·index
	// instead of index + r·value, so that an entry, whose index is a
	// constant, costs one constraint (the quotient) rather than two.
	rIdx bool
	// entries: idx (pairs only; k for entry k) and val.
	val []frontend.Variable
	// queries.
	qIdx, qVal []frontend.Variable
	// key returns, at solving time, which entry a query names (its
	// index): the query's index for pairs, its low bits for keyed
	// tables, its value for bytes.
	keyed, bytes bool
}

func newLookups(api frontend.API, h *poseidon.Circuit) *lookups {
	l := &lookups{h: h}
	api.Compiler().Defer(l.commit)
	return l
}

// table is a lookup table the traversal reads.
type table interface {
	// insert appends an entry (index = insertion order).
	insert(v frontend.Variable)
	// get returns the value at idx as the solver finds it: a hint, bound
	// to nothing until a query names it.
	get(idx frontend.Variable) frontend.Variable
	// member asserts that (idx, val) is an entry.
	member(idx, val frontend.Variable)
	// lookup is get followed by member.
	lookup(idx frontend.Variable) frontend.Variable
}

// store is the solver's copy of a table's values, read by get through
// gnark's lookup blueprint, which keeps the table once (a hint taking
// every entry as input would cost the solver the whole table per read).
type store[E constraint.Element] struct {
	api   frontend.API
	bID   constraint.BlueprintID
	print constraint.BlueprintLookupHint[E]
	n     int
}

type reader interface {
	add(v frontend.Variable)
	get(idx frontend.Variable) frontend.Variable
}

func newReader(api frontend.API) reader {
	if constraint.FitsElement[constraint.U32](api.Compiler().Field()) {
		s := &store[constraint.U32]{api: api}
		s.bID = api.Compiler().AddBlueprint(&s.print)
		return s
	}
	s := &store[constraint.U64]{api: api}
	s.bID = api.Compiler().AddBlueprint(&s.print)
	return s
}

func (s *store[E]) add(v frontend.Variable) {
	s.api.Compiler().ToCanonicalVariable(v).Compress(&s.print.EntriesCalldata)
	s.n++
}

func (s *store[E]) get(idx frontend.Variable) frontend.Variable {
	if s.n == 0 {
		panic("dtree: get from an empty table")
	}
	c := s.api.Compiler()
	calldata := []uint32{0, uint32(s.n), 1}
	c.ToCanonicalVariable(idx).Compress(&calldata)
	calldata[0] = uint32(len(calldata))
	return c.InternalVariable(c.AddInstruction(s.bID, calldata)[0])
}

// pairTable is a table of (index, value) entries.
type pairTable struct {
	api frontend.API
	arg *argument
	r   reader
}

func (l *lookups) pairs(api frontend.API) table {
	a := &argument{pair: true}
	l.args = append(l.args, a)
	return &pairTable{api: api, arg: a, r: newReader(api)}
}

// indexedPairs is pairs with entries value + r·index (argument.rIdx): one
// constraint an entry with a variable value, two a query, as pairs.
func (l *lookups) indexedPairs(api frontend.API) table {
	t := l.pairs(api).(*pairTable)
	t.arg.rIdx = true
	return t
}

func (t *pairTable) insert(v frontend.Variable) {
	t.arg.val = append(t.arg.val, v)
	t.r.add(v)
}

func (t *pairTable) get(idx frontend.Variable) frontend.Variable { return t.r.get(idx) }

func (t *pairTable) member(idx, val frontend.Variable) {
	t.arg.qIdx = append(t.arg.qIdx, idx)
	t.arg.qVal = append(t.arg.qVal, val)
}

func (t *pairTable) lookup(idx frontend.Variable) frontend.Variable {
	v := t.get(idx)
	t.member(idx, v)
	return v
}

// keyedTable is a table of entries index + 2^keyShift·value, index below
// 2^keyShift, value a 16-bit value the caller checked.
type keyedTable struct {
	api frontend.API
	arg *argument
	r   reader
}

func (l *lookups) keyedTable(api frontend.API) table {
	a := &argument{keyed: true}
	l.args = append(l.args, a)
	return &keyedTable{api: api, arg: a, r: newReader(api)}
}

var keyScale = new(big.Int).Lsh(big.NewInt(1), keyShift)

func (t *keyedTable) insert(v frontend.Variable) {
	if len(t.arg.val) >= 1<<keyShift {
		panic("dtree: keyed table over 2^18 entries")
	}
	t.arg.val = append(t.arg.val, t.api.Add(len(t.arg.val), t.api.Mul(v, keyScale)))
	t.r.add(v)
}

func (t *keyedTable) get(idx frontend.Variable) frontend.Variable { return t.r.get(idx) }

func (t *keyedTable) member(idx, val frontend.Variable) {
	t.arg.qVal = append(t.arg.qVal, t.api.Add(idx, t.api.Mul(val, keyScale)))
}

func (t *keyedTable) lookup(idx frontend.Variable) frontend.Variable {
	v := t.get(idx)
	t.member(idx, v)
	return v
}

// byteChecker checks values against the constant table 0..255.
type byteChecker struct{ arg *argument }

func (l *lookups) bytes() *byteChecker {
	a := &argument{bytes: true}
	for k := 0; k < 256; k++ {
		a.val = append(a.val, k)
	}
	l.args = append(l.args, a)
	return &byteChecker{arg: a}
}

// check asserts 0 <= v < 256.
func (b *byteChecker) check(v frontend.Variable) { b.arg.qVal = append(b.arg.qVal, v) }

func (l *lookups) commit(api frontend.API) error {
	if l.closed {
		return nil
	}
	l.closed = true
	var committed []frontend.Variable
	counts := make([][]frontend.Variable, len(l.args))
	usePairs := false
	for i, a := range l.args {
		if len(a.qVal) == 0 {
			continue
		}
		if len(a.val) == 0 {
			return errors.New("dtree: queries against an empty table")
		}
		usePairs = usePairs || a.pair
		// The hint is told how to find the entry each query names.
		mode, keys := 0, a.qIdx
		switch {
		case a.keyed:
			mode, keys = 1, a.qVal
		case a.bytes:
			mode, keys = 2, a.qVal
		}
		in := append([]frontend.Variable{len(a.val), mode}, keys...)
		m, err := api.Compiler().NewHint(countHint, len(a.val), in...)
		if err != nil {
			return err
		}
		counts[i] = m
		for _, v := range a.val {
			if _, isConst := api.Compiler().ConstantValue(v); !isConst {
				committed = append(committed, v)
			}
		}
		committed = append(committed, a.qIdx...)
		committed = append(committed, a.qVal...)
		committed = append(committed, m...)
	}
	if len(committed) == 0 {
		return nil
	}
	multicommit.WithCommitment(api, func(api frontend.API, alpha frontend.Variable) error {
		// Quotients and inverses go to A, their divisors to B (package
		// bside): the divisors are α less queries of small parts.
		b := bside.New(api)
		var r frontend.Variable
		if usePairs {
			var err error
			if r, err = l.h.Hash(pairTag, []frontend.Variable{alpha}); err != nil {
				return err
			}
		}
		for i, a := range l.args {
			if len(a.qVal) == 0 {
				continue
			}
			entry := func(k int) frontend.Variable {
				switch {
				case a.rIdx:
					return api.Add(a.val[k], api.Mul(r, k))
				case a.pair:
					return api.Add(k, api.Mul(r, a.val[k]))
				}
				return a.val[k]
			}
			dEntry := make([]frontend.Variable, len(a.val))
			for k := range a.val {
				dEntry[k] = api.Sub(alpha, entry(k))
			}
			left := sum(api, b.Quotients(counts[i], dEntry))
			den := make([]frontend.Variable, len(a.qVal))
			for j := range a.qVal {
				q := a.qVal[j]
				switch {
				case a.rIdx:
					q = api.Add(q, api.Mul(r, a.qIdx[j]))
				case a.pair:
					q = api.Add(a.qIdx[j], api.Mul(r, q))
				}
				den[j] = api.Sub(alpha, q)
			}
			api.AssertIsEqual(left, sum(api, b.Inverses(den)))
		}
		return nil
	}, committed...)
	return nil
}

// sum is Σ x.
func sum(api frontend.API, x []frontend.Variable) frontend.Variable {
	var s frontend.Variable = 0
	for _, v := range x {
		s = api.Add(s, v)
	}
	return s
}

// countHint counts, for a table of in[0] entries, how many of the queries
// in[2:] name each entry. in[1] says how a query names one: 0 by its
// index, 1 by its low keyShift bits (keyed tables), 2 by its value
// (bytes).
func countHint(_ *big.Int, in, out []*big.Int) error {
	if len(in) < 2 || !in[0].IsUint64() || in[0].Uint64() != uint64(len(out)) || !in[1].IsUint64() {
		return fmt.Errorf("countHint: want the table size %d and a mode first", len(out))
	}
	for _, o := range out {
		o.SetInt64(0)
	}
	n, mode := uint64(len(out)), in[1].Uint64()
	mask := new(big.Int).Sub(keyScale, big.NewInt(1))
	var k big.Int
	for _, q := range in[2:] {
		k.Set(q)
		if mode == 1 {
			k.And(q, mask)
		}
		if !k.IsUint64() || k.Uint64() >= n {
			return fmt.Errorf("countHint: query %s outside a table of %d", q, n)
		}
		out[k.Uint64()].Add(out[k.Uint64()], big.NewInt(1))
	}
	return nil
}
