package users

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"
)

var ErrNotFound = errors.New("user not found")

type User struct {
	ID        int64
	Email     string
	Name      string
	CreatedAt time.Time
}

type Repository interface {
	Get(ctx context.Context, id int64) (*User, error)
	GetByEmail(ctx context.Context, email string) (*User, error)
	Create(ctx context.Context, u *User) error
	Delete(ctx context.Context, id int64) error
}

type sqlRepo struct {
	db *sql.DB
}

func NewSQLRepository(db *sql.DB) Repository {
	return &sqlRepo{db: db}
}

const userCols = "id, email, name, created_at"

func scanUser(row *sql.Row) (*User, error) {
	var u User
	if err := row.Scan(&u.ID, &u.Email, &u.Name, &u.CreatedAt); err != nil {
		if errors.Is(err, sql.ErrNoRows) {
			return nil, ErrNotFound
		}
		return nil, err
	}
	return &u, nil
}

func (r *sqlRepo) Get(ctx context.Context, id int64) (*User, error) {
	u, err := scanUser(r.db.QueryRowContext(ctx, "SELECT "+userCols+" FROM users WHERE id = $1", id))
	if err != nil {
		return nil, fmt.Errorf("get user %d: %w", id, err)
	}
	return u, nil
}

func (r *sqlRepo) GetByEmail(ctx context.Context, email string) (*User, error) {
	u, err := scanUser(r.db.QueryRowContext(ctx, "SELECT "+userCols+" FROM users WHERE email = $1", email))
	if err != nil {
		return nil, fmt.Errorf("get user by email: %w", err)
	}
	return u, nil
}

func (r *sqlRepo) Create(ctx context.Context, u *User) error {
	if u.CreatedAt.IsZero() {
		u.CreatedAt = time.Now().UTC()
	}
	err := r.db.QueryRowContext(ctx,
		"INSERT INTO users (email, name, created_at) VALUES ($1, $2, $3) RETURNING id",
		u.Email, u.Name, u.CreatedAt,
	).Scan(&u.ID)
	if err != nil {
		return fmt.Errorf("create user: %w", err)
	}
	return nil
}

func (r *sqlRepo) Delete(ctx context.Context, id int64) error {
	res, err := r.db.ExecContext(ctx, "DELETE FROM users WHERE id = $1", id)
	if err != nil {
		return fmt.Errorf("delete user %d: %w", id, err)
	}
	n, err := res.RowsAffected()
	if err != nil {
		return fmt.Errorf("delete user %d: %w", id, err)
	}
	if n == 0 {
		return ErrNotFound
	}
	return nil
}

type Service struct {
	repo Repository
}

func NewService(repo Repository) *Service {
	return &Service{repo: repo}
}

func (s *Service) Register(ctx context.Context, email, name string) (*User, error) {
	if _, err := s.repo.GetByEmail(ctx, email); err == nil {
		return nil, fmt.Errorf("email %q already registered", email)
	} else if !errors.Is(err, ErrNotFound) {
		return nil, err
	}
	u := &User{Email: email, Name: name}
	if err := s.repo.Create(ctx, u); err != nil {
		return nil, err
	}
	return u, nil
}
