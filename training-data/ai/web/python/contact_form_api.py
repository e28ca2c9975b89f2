import logging
import re
import smtplib
import time
from collections import defaultdict, deque
from email.message import EmailMessage
from typing import Deque, Dict

from fastapi import BackgroundTasks, FastAPI, Form, HTTPException, Request
from fastapi.responses import JSONResponse

# Initialize the logger
logger = logging.getLogger("contact_form")

# Configuration settings
SMTP_HOST = "localhost"
SMTP_PORT = 25
SENDER = "website@example.com"
RECIPIENT = "support@example.com"
MAX_REQUESTS_PER_HOUR = 5
EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[a-zA-Z]{2,}$")

# Initialize the FastAPI app
app = FastAPI()

# Dictionary to store the request times for each IP address
request_log: Dict[str, Deque[float]] = defaultdict(deque)


# Function to check if the client has exceeded the rate limit
def is_rate_limited(client_ip: str) -> bool:
    now = time.time()
    timestamps = request_log[client_ip]

    # Remove timestamps older than one hour
    while timestamps and now - timestamps[0] > 3600:
        timestamps.popleft()

    # Check if the limit is reached
    if len(timestamps) >= MAX_REQUESTS_PER_HOUR:
        return True

    timestamps.append(now)
    return False


# Function to validate the form fields
def validate_form(name: str, email: str, subject: str, message: str) -> Dict[str, str]:
    errors: Dict[str, str] = {}
    if not name or len(name.strip()) < 2:
        errors["name"] = "Name must be at least 2 characters long."
    if not email or not EMAIL_RE.match(email.strip()):
        errors["email"] = "Please enter a valid email address."
    if len(subject) > 150:
        errors["subject"] = "Subject must be 150 characters or less."
    if not message or len(message.strip()) < 10:
        errors["message"] = "Message must be at least 10 characters long."
    elif len(message) > 5000:
        errors["message"] = "Message must be 5000 characters or less."
    return errors


# Function to send the email using SMTP
def send_email(name: str, email: str, subject: str, message: str) -> None:
    msg = EmailMessage()
    msg["From"] = SENDER
    msg["To"] = RECIPIENT
    msg["Reply-To"] = email
    msg["Subject"] = "[Contact] " + (subject or "New message from " + name)
    msg.set_content("From: %s <%s>\n\n%s" % (name, email, message))

    try:
        with smtplib.SMTP(SMTP_HOST, SMTP_PORT, timeout=10) as server:
            server.send_message(msg)
        logger.info("Contact email sent for %s", email)
    except (smtplib.SMTPException, OSError) as e:
        # Log the error but do not fail the request (it already returned)
        logger.error("Failed to send contact email: %s", e)


# Endpoint to handle the contact form submission
@app.post("/contact")
async def submit_contact(
    request: Request,
    background_tasks: BackgroundTasks,
    name: str = Form(...),
    email: str = Form(...),
    subject: str = Form(""),
    message: str = Form(...),
    website: str = Form(""),
) -> JSONResponse:
    # Honeypot field: real users leave it empty, bots usually fill it in
    if website:
        logger.warning("Honeypot triggered, ignoring submission")
        return JSONResponse({"status": "ok"})

    # Get the client IP address
    client_ip = request.client.host if request.client else "unknown"

    # Check the rate limit
    if is_rate_limited(client_ip):
        raise HTTPException(status_code=429, detail="Too many messages, please try again later.")

    # Validate the input
    errors = validate_form(name, email, subject, message)
    if errors:
        return JSONResponse({"status": "error", "errors": errors}, status_code=422)

    # Send the email in the background so the response is fast
    background_tasks.add_task(send_email, name.strip(), email.strip(), subject.strip(), message.strip())

    return JSONResponse({"status": "ok", "message": "Thank you! We will get back to you soon."})
