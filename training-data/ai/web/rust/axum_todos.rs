use std::{
    collections::HashMap,
    sync::{Arc, RwLock},
};

use axum::{
    extract::{Path, Query, State},
    http::StatusCode,
    response::{IntoResponse, Response},
    routing::{get, patch},
    Json, Router,
};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

#[derive(Debug, Clone, Serialize)]
struct Todo {
    id: Uuid,
    text: String,
    completed: bool,
}

#[derive(Debug, Deserialize)]
struct CreateTodo {
    text: String,
}

#[derive(Debug, Deserialize)]
struct UpdateTodo {
    text: Option<String>,
    completed: Option<bool>,
}

#[derive(Debug, Deserialize, Default)]
struct Pagination {
    offset: Option<usize>,
    limit: Option<usize>,
}

type Db = Arc<RwLock<HashMap<Uuid, Todo>>>;

enum AppError {
    NotFound,
    Validation(String),
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        let (status, message) = match self {
            AppError::NotFound => (StatusCode::NOT_FOUND, "todo not found".to_string()),
            AppError::Validation(msg) => (StatusCode::UNPROCESSABLE_ENTITY, msg),
        };
        (status, Json(serde_json::json!({ "error": message }))).into_response()
    }
}

fn validate_text(text: &str) -> Result<String, AppError> {
    let trimmed = text.trim();
    if trimmed.is_empty() {
        return Err(AppError::Validation("text must not be empty".into()));
    }
    if trimmed.len() > 500 {
        return Err(AppError::Validation("text must be at most 500 characters".into()));
    }
    Ok(trimmed.to_string())
}

async fn list_todos(Query(p): Query<Pagination>, State(db): State<Db>) -> Json<Vec<Todo>> {
    let todos = db.read().unwrap();
    let mut items: Vec<Todo> = todos.values().cloned().collect();
    items.sort_by(|a, b| a.text.cmp(&b.text));
    let items = items
        .into_iter()
        .skip(p.offset.unwrap_or(0))
        .take(p.limit.unwrap_or(100).min(1000))
        .collect();
    Json(items)
}

async fn create_todo(
    State(db): State<Db>,
    Json(input): Json<CreateTodo>,
) -> Result<(StatusCode, Json<Todo>), AppError> {
    let todo = Todo { id: Uuid::new_v4(), text: validate_text(&input.text)?, completed: false };
    db.write().unwrap().insert(todo.id, todo.clone());
    Ok((StatusCode::CREATED, Json(todo)))
}

async fn get_todo(Path(id): Path<Uuid>, State(db): State<Db>) -> Result<Json<Todo>, AppError> {
    db.read().unwrap().get(&id).cloned().map(Json).ok_or(AppError::NotFound)
}

async fn update_todo(
    Path(id): Path<Uuid>,
    State(db): State<Db>,
    Json(input): Json<UpdateTodo>,
) -> Result<Json<Todo>, AppError> {
    let text = input.text.as_deref().map(validate_text).transpose()?;
    let mut todos = db.write().unwrap();
    let todo = todos.get_mut(&id).ok_or(AppError::NotFound)?;
    if let Some(text) = text {
        todo.text = text;
    }
    if let Some(completed) = input.completed {
        todo.completed = completed;
    }
    Ok(Json(todo.clone()))
}

async fn delete_todo(Path(id): Path<Uuid>, State(db): State<Db>) -> Result<StatusCode, AppError> {
    match db.write().unwrap().remove(&id) {
        Some(_) => Ok(StatusCode::NO_CONTENT),
        None => Err(AppError::NotFound),
    }
}

pub fn app() -> Router {
    let db = Db::default();
    Router::new()
        .route("/todos", get(list_todos).post(create_todo))
        .route("/todos/:id", patch(update_todo).get(get_todo).delete(delete_todo))
        .with_state(db)
}

#[tokio::main]
async fn main() {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:3000").await.unwrap();
    println!("listening on {}", listener.local_addr().unwrap());
    axum::serve(listener, app()).await.unwrap();
}
