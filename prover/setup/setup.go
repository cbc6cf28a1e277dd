package setup

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/zkpool/aoraki/protocol/cids"

	"github.com/consensys/gnark-crypto/ecc"
	bn254 "github.com/consensys/gnark-crypto/ecc/bn254"
	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/constraint"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"
	"github.com/ipfs/go-cid"
)

// Family is a circuit family: a name that fixes its shape, and the circuit
// (with slices sized) to compile.
type Family interface {
	Name() string
	Circuit() frontend.Circuit
}

// Manifest names a family's artifacts by CID.
type Manifest struct {
	Family      string `json:"family"`
	CCS         string `json:"ccs"`
	PK          string `json:"pk"`
	VK          string `json:"vk"`
	Constraints int    `json:"constraints"`
	// Publics is the number of public inputs of the circuit when it is not
	// a program circuit's ProgramPublics (an aggregation circuit's).
	Publics int `json:"publics,omitempty"`
	// Basis is the model basis of a ModelCommitter's family (EncodeBasis):
	// what a program id is computed with.
	Basis string `json:"basis,omitempty"`
	// ModelValues is the number of points of Basis.
	ModelValues int `json:"model_values,omitempty"`
}

// publics is the number of public inputs the manifest's key must have.
func (m Manifest) publics() int {
	if m.Publics == 0 {
		return ProgramPublics
	}
	return m.Publics
}

// Artifacts are a family's loaded, hash-checked artifacts.
type Artifacts struct {
	Manifest Manifest
	CCS      constraint.ConstraintSystem
	PK       groth16.ProvingKey
	VK       groth16.VerifyingKey
	// Basis is the model basis of a ModelCommitter's family (nil for
	// others).
	Basis []bn254.G1Affine
	// Sizes in bytes of the serialized artifacts.
	CCSSize, PKSize, VKSize int

	ccsBytes []byte
}

// NewCCS decodes a fresh copy of the constraint system. gnark caches lookup
// table entries inside a system while solving, so two proofs must never
// solve the same system at once: each concurrent prover takes its own copy.
func (a *Artifacts) NewCCS() (constraint.ConstraintSystem, error) {
	ccs := groth16.NewCS(ecc.BN254)
	if _, err := ccs.ReadFrom(bytes.NewReader(a.ccsBytes)); err != nil {
		return nil, fmt.Errorf("%s: constraint system: %w", a.Manifest.Family, err)
	}
	return ccs, nil
}

// Store is a directory of blobs and family manifests.
type Store struct {
	dir  string
	warn io.Writer

	mu     sync.Mutex
	loaded map[string]*Artifacts
}

// DefaultDir is $ZKPOOL_SETUP_DIR, else <user cache dir>/zkpool/setup.
func DefaultDir() string {
	if d := os.Getenv("ZKPOOL_SETUP_DIR"); d != "" {
		return d
	}
	if d, err := os.UserCacheDir(); err == nil {
		return filepath.Join(d, "zkpool", "setup")
	}
	return filepath.Join(os.TempDir(), "zkpool-setup")
}

// Open opens (creating) the store at dir. Development-setup warnings go to
// warn (nil: os.Stderr).
func Open(dir string, warn io.Writer) (*Store, error) {
	if warn == nil {
		warn = os.Stderr
	}
	for _, sub := range []string{"blobs", "families"} {
		if err := os.MkdirAll(filepath.Join(dir, sub), 0o755); err != nil {
			return nil, fmt.Errorf("setup store %s: %w", dir, err)
		}
	}
	return &Store{dir: dir, warn: warn, loaded: make(map[string]*Artifacts)}, nil
}

// Dir is the store's directory.
func (s *Store) Dir() string { return s.dir }

func fileName(family string) string {
	return strings.NewReplacer("/", "_", "\\", "_", "..", "_").Replace(family)
}

func (s *Store) manifestPath(family string) string {
	return filepath.Join(s.dir, "families", fileName(family)+".json")
}

// Compile compiles f's circuit to R1CS.
func Compile(f Family) (constraint.ConstraintSystem, error) {
	ccs, err := frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, f.Circuit())
	if err != nil {
		return nil, fmt.Errorf("compile %s: %w", f.Name(), err)
	}
	return ccs, nil
}

// Ensure returns f's artifacts, running a development setup when the store
// has none for the circuit as it compiles today.
func (s *Store) Ensure(f Family) (*Artifacts, error) {
	s.mu.Lock()
	if a, ok := s.loaded[f.Name()]; ok {
		s.mu.Unlock()
		return a, nil
	}
	s.mu.Unlock()

	ccs, err := Compile(f)
	if err != nil {
		return nil, err
	}
	var ccsBuf bytes.Buffer
	if _, err := ccs.WriteTo(&ccsBuf); err != nil {
		return nil, fmt.Errorf("serialize %s: %w", f.Name(), err)
	}
	ccsCID := cids.Of(ccsBuf.Bytes())

	unlock, err := s.lock(f.Name())
	if err != nil {
		return nil, err
	}
	defer unlock()

	mc, commits := f.(ModelCommitter)
	commits = commits && mc.ModelValues() > 0
	if m, err := s.Manifest(f.Name()); err == nil && m.CCS == ccsCID.String() && (!commits || m.ModelValues == mc.ModelValues()) {
		if a, err := s.Load(m); err == nil {
			return a, nil
		}
		// A damaged store is repaired by a fresh setup below.
	}

	fmt.Fprintf(s.warn, "WARNING: running a DEVELOPMENT setup for %s (%d constraints). "+
		"Its toxic waste is not destroyed: this is NOT a ceremony and must not secure real value.\n",
		f.Name(), ccs.GetNbConstraints())
	start := time.Now()
	pk, vk, err := groth16.Setup(ccs)
	if err != nil {
		return nil, fmt.Errorf("setup %s: %w", f.Name(), err)
	}
	var pkBuf, vkBuf bytes.Buffer
	if _, err := pk.WriteRawTo(&pkBuf); err != nil {
		return nil, err
	}
	if _, err := vk.WriteRawTo(&vkBuf); err != nil {
		return nil, err
	}
	m := Manifest{Family: f.Name(), Constraints: ccs.GetNbConstraints()}
	if n := ccs.GetNbPublicVariables() - 1; n != ProgramPublics { // gnark counts the constant 1
		m.Publics = n
	}
	blobs := []struct {
		b   []byte
		dst *string
	}{{ccsBuf.Bytes(), &m.CCS}, {pkBuf.Bytes(), &m.PK}, {vkBuf.Bytes(), &m.VK}}
	var basis []bn254.G1Affine
	if commits {
		if basis, err = modelBasis(pk, mc.ModelValues()); err != nil {
			return nil, fmt.Errorf("setup %s: %w", f.Name(), err)
		}
		m.ModelValues = len(basis)
		blobs = append(blobs, struct {
			b   []byte
			dst *string
		}{EncodeBasis(basis), &m.Basis})
	}
	for _, x := range blobs {
		c, err := s.Put(x.b)
		if err != nil {
			return nil, err
		}
		*x.dst = c.String()
	}
	if err := s.PutManifest(m); err != nil {
		return nil, err
	}
	fmt.Fprintf(s.warn, "setup of %s done in %s (proving key %d bytes)\n", f.Name(), time.Since(start).Round(time.Millisecond), pkBuf.Len())
	a := &Artifacts{Manifest: m, CCS: ccs, PK: pk, VK: vk, Basis: basis, CCSSize: ccsBuf.Len(), PKSize: pkBuf.Len(), VKSize: vkBuf.Len(), ccsBytes: ccsBuf.Bytes()}
	s.remember(a)
	return a, nil
}

func (s *Store) remember(a *Artifacts) {
	s.mu.Lock()
	s.loaded[a.Manifest.Family] = a
	s.mu.Unlock()
}

// Manifest reads the stored manifest of family.
func (s *Store) Manifest(family string) (Manifest, error) {
	var m Manifest
	b, err := os.ReadFile(s.manifestPath(family))
	if os.IsNotExist(err) {
		return m, fmt.Errorf("%w: manifest of %s", ErrNotFound, family)
	}
	if err != nil {
		return m, err
	}
	if err := json.Unmarshal(b, &m); err != nil {
		return m, fmt.Errorf("manifest of %s: %w", family, err)
	}
	return m, nil
}

// PutManifest records m as the family's current artifacts.
func (s *Store) PutManifest(m Manifest) error {
	b, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return err
	}
	return writeAtomic(s.manifestPath(m.Family), b)
}

func parseCID(what, v string) (cid.Cid, error) {
	c, err := cid.Decode(v)
	if err != nil {
		return cid.Undef, fmt.Errorf("%w: %s %q: %v", ErrBadCID, what, v, err)
	}
	return c, nil
}

// Load reads m's blobs from the store, checks their hashes and decodes them.
func (s *Store) Load(m Manifest) (*Artifacts, error) {
	a := &Artifacts{Manifest: m}
	blobs := make([][]byte, 3)
	for i, v := range []string{m.CCS, m.PK, m.VK} {
		c, err := parseCID(m.Family, v)
		if err != nil {
			return nil, err
		}
		if blobs[i], err = s.Get(c); err != nil {
			return nil, fmt.Errorf("%s: %w", m.Family, err)
		}
	}
	a.CCSSize, a.PKSize, a.VKSize = len(blobs[0]), len(blobs[1]), len(blobs[2])
	a.ccsBytes = blobs[0]
	var err error
	if a.CCS, err = a.NewCCS(); err != nil {
		return nil, err
	}
	if a.PK, err = DecodeProvingKey(blobs[1]); err != nil {
		return nil, fmt.Errorf("%s: %w", m.Family, err)
	}
	if a.VK, err = DecodeVerifyingKeyFor(blobs[2], m.publics()); err != nil {
		return nil, fmt.Errorf("%s: %w", m.Family, err)
	}
	if m.Basis != "" {
		c, err := parseCID(m.Family, m.Basis)
		if err != nil {
			return nil, err
		}
		b, err := s.Get(c)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", m.Family, err)
		}
		if a.Basis, err = DecodeBasis(b, m.ModelValues); err != nil {
			return nil, fmt.Errorf("%s: %w", m.Family, err)
		}
		want, err := modelBasis(a.PK, m.ModelValues)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", m.Family, err)
		}
		for i := range want {
			if !want[i].Equal(&a.Basis[i]) {
				return nil, fmt.Errorf("%s: %w: point %d is not the proving key's", m.Family, ErrBasis, i)
			}
		}
	}
	s.remember(a)
	return a, nil
}

// DecodeProvingKey decodes a raw proving key whose hash the caller checked:
// the unsafe path skips subgroup checks, which the hash makes redundant.
func DecodeProvingKey(b []byte) (groth16.ProvingKey, error) {
	pk := groth16.NewProvingKey(ecc.BN254)
	if _, err := pk.UnsafeReadFrom(bytes.NewReader(b)); err != nil {
		return nil, fmt.Errorf("proving key: %w", err)
	}
	return pk, nil
}

// Shape of a program circuit's verifying key in gnark's encoding (raw, as
// the setup stores it, or compressed, as gnark's WriteTo writes it): six
// points, a u32 count and that many G1 points (K: the constant, one per
// public input, one per commitment), the committed public inputs (a u32
// count of u32-counted lists), a u32 commitment count and that many
// Pedersen keys (two G2 points).
const (
	// ProgramPublics is the number of public inputs of every program
	// circuit (receipt.Publics).
	ProgramPublics = 6
)

// MaxCommitments bounds the BSB22 commitments of any circuit the store
// holds: a dtree segment has two (its model's and its lookups').
const MaxCommitments = 2

// maxPublics bounds the public inputs of any circuit the store holds.
const maxPublics = 16

type keyLayout struct{ g1, g2 int }

var keyLayouts = []keyLayout{{64, 128}, {32, 64}} // raw, compressed

// ErrKeyShape reports verifying-key bytes that are not a program circuit's.
var ErrKeyShape = errors.New("setup: not a program circuit's verifying key")

// checkKeyShape walks the length fields of a verifying key before gnark's
// decoder allocates for them: a program circuit has ProgramPublics public
// inputs (an aggregation circuit one) and at most MaxCommitments
// commitments over none of them, so every count is known and the length
// is exact.
func checkKeyShape(b []byte, publics int) error {
	var last error
	for _, l := range keyLayouts {
		if last = l.check(b, publics); last == nil {
			return nil
		}
	}
	return last
}

func (l keyLayout) check(b []byte, publics int) error {
	head := 3*l.g1 + 3*l.g2
	if len(b) < head+4 {
		return fmt.Errorf("%w: %d bytes", ErrKeyShape, len(b))
	}
	nK := int(binary.BigEndian.Uint32(b[head:]))
	nc := nK - (publics + 1)
	if nc < 0 || nc > MaxCommitments {
		return fmt.Errorf("%w: %d public-input points, want %d to %d", ErrKeyShape, nK, publics+1, publics+1+MaxCommitments)
	}
	off := head + 4 + l.g1*nK
	u32 := func() (int, error) {
		if len(b) < off+4 {
			return 0, fmt.Errorf("%w: %d bytes, cut short at %d", ErrKeyShape, len(b), off)
		}
		v := int(binary.BigEndian.Uint32(b[off:]))
		off += 4
		return v, nil
	}
	if n, err := u32(); err != nil {
		return err
	} else if n != nc {
		return fmt.Errorf("%w: %d committed-input lists for %d commitments", ErrKeyShape, n, nc)
	}
	// Commitment i may commit to the hashes of the commitments before it
	// (a dtree segment's lookups commit to its model commitment), which
	// follow the public inputs in the public witness (1-based: publics+1
	// for the first), and to no public input.
	for i := 0; i < nc; i++ {
		n, err := u32()
		if err != nil {
			return err
		}
		if n > i {
			return fmt.Errorf("%w: commitment %d commits to %d public values, at most the %d commitments before it", ErrKeyShape, i, n, i)
		}
		for j := 0; j < n; j++ {
			if len(b) < off+8 {
				return fmt.Errorf("%w: %d bytes, cut short at %d", ErrKeyShape, len(b), off)
			}
			v := binary.BigEndian.Uint64(b[off:])
			off += 8
			if v < uint64(publics+1) || v > uint64(publics+i) {
				return fmt.Errorf("%w: commitment %d commits to public value %d, not an earlier commitment's (%d to %d)", ErrKeyShape, i, v, publics+1, publics+i)
			}
		}
	}
	if n, err := u32(); err != nil {
		return err
	} else if n != nc {
		return fmt.Errorf("%w: %d commitment keys, want %d", ErrKeyShape, n, nc)
	}
	if want := off + 2*l.g2*nc; len(b) != want {
		return fmt.Errorf("%w: %d bytes, a key with %d commitments has %d", ErrKeyShape, len(b), nc, want)
	}
	return l.checkFlags(b, nK, nc, off)
}

// checkFlags checks that every point of the key is encoded as the layout
// says: gnark's decoder sizes each point from the top two bits of its
// first byte (00 or 01 uncompressed, 10 or 11 compressed), so a key of
// exactly the compressed length whose first point claims to be
// uncompressed would make it read every later field, counts included,
// from other bytes than this walk did.
func (l keyLayout) checkFlags(b []byte, nK, nc, keysAt int) error {
	raw := l.g1 == 64
	off := 0
	point := func(size int, what string) error {
		top := b[off] >> 6
		off += size
		if (top <= 1) != raw {
			return fmt.Errorf("%w: %s at byte %d is not encoded as the rest of the key", ErrKeyShape, what, off-size)
		}
		return nil
	}
	for _, sz := range []int{l.g1, l.g1, l.g2, l.g2, l.g1, l.g2} {
		if err := point(sz, "a fixed point"); err != nil {
			return err
		}
	}
	off += 4
	for i := 0; i < nK; i++ {
		if err := point(l.g1, fmt.Sprintf("K[%d]", i)); err != nil {
			return err
		}
	}
	off = keysAt // past the committed-input lists and the key count
	for i := 0; i < 2*nc; i++ {
		if err := point(l.g2, "a commitment key"); err != nil {
			return err
		}
	}
	return nil
}

// DecodeVerifyingKey decodes a program circuit's verifying key, checking
// its shape (every length field) first, so that hostile bytes never make
// gnark's decoder allocate for counts they do not hold.
func DecodeVerifyingKey(b []byte) (groth16.VerifyingKey, error) {
	return DecodeVerifyingKeyFor(b, ProgramPublics)
}

// DecodeVerifyingKeyFor is DecodeVerifyingKey for a circuit with the given
// number of public inputs (an aggregation circuit's key has one).
func DecodeVerifyingKeyFor(b []byte, publics int) (groth16.VerifyingKey, error) {
	if publics < 1 || publics > maxPublics {
		return nil, fmt.Errorf("%w: %d public inputs", ErrKeyShape, publics)
	}
	if err := checkKeyShape(b, publics); err != nil {
		return nil, err
	}
	vk := groth16.NewVerifyingKey(ecc.BN254)
	if _, err := vk.ReadFrom(bytes.NewReader(b)); err != nil {
		return nil, fmt.Errorf("verifying key: %w", err)
	}
	return vk, nil
}

// VerifyingKey returns the verifying key of a loaded family.
func (s *Store) VerifyingKey(family string) (groth16.VerifyingKey, error) {
	s.mu.Lock()
	a, ok := s.loaded[family]
	s.mu.Unlock()
	if ok {
		return a.VK, nil
	}
	m, err := s.Manifest(family)
	if err != nil {
		return nil, fmt.Errorf("%w: %s", ErrUnknownFamily, family)
	}
	c, err := parseCID(family, m.VK)
	if err != nil {
		return nil, err
	}
	b, err := s.Get(c)
	if err != nil {
		return nil, err
	}
	return DecodeVerifyingKeyFor(b, m.publics())
}

// lock takes an exclusive file lock for family's setup.
func (s *Store) lock(family string) (func(), error) {
	p := filepath.Join(s.dir, "families", fileName(family)+".lock")
	f, err := os.OpenFile(p, os.O_CREATE|os.O_RDWR, 0o644)
	if err != nil {
		return nil, err
	}
	for {
		err = syscall.Flock(int(f.Fd()), syscall.LOCK_EX)
		if !errors.Is(err, syscall.EINTR) {
			break
		}
	}
	if err != nil {
		f.Close()
		return nil, fmt.Errorf("lock %s: %w", p, err)
	}
	return func() {
		syscall.Flock(int(f.Fd()), syscall.LOCK_UN)
		f.Close()
	}, nil
}

// Release forgets family's loaded artifacts, so that their memory (a join's
// proving key is gigabytes) can be reclaimed once the caller drops its own
// references; a later Ensure loads them again from the store.
func (s *Store) Release(family string) {
	s.mu.Lock()
	delete(s.loaded, family)
	s.mu.Unlock()
}
