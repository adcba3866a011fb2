import { graphql } from '../../gql';

export const BookingRowFragment = graphql(`
  fragment BookingRow on RoomBooking {
    id
    startsAt
    endsAt
    purpose
    status
    bookedBy
    room {
      id
      name
    }
    course {
      id
      teacher
    }
  }
`);

export const CentreRoomsDocument = graphql(`
  query CentreRooms {
    rooms(first: 100, includeInactive: true) {
      nodes {
        id
        name
        capacity
        areaSqm
        equipment
        active
      }
    }
  }
`);

export const CentreWeekDocument = graphql(`
  query CentreWeek($weekOf: Date!, $roomId: ID) {
    centreCalendar(weekOf: $weekOf, roomId: $roomId) {
      from
      to
      bookings {
        ...BookingRow
      }
    }
  }
`);

export const BookRoomDocument = graphql(`
  mutation BookRoom($input: BookRoomInput!) {
    bookRoom(input: $input) {
      booking {
        ...BookingRow
      }
      userErrors {
        field
        code
        message
        params
      }
    }
  }
`);

export const CancelBookingDocument = graphql(`
  mutation CancelBooking($input: CancelBookingInput!) {
    cancelBooking(input: $input) {
      booking {
        id
        status
      }
      userErrors {
        field
        code
        message
        params
      }
    }
  }
`);

export const CourseRowFragment = graphql(`
  fragment CourseRow on Course {
    id
    name
    term
    teacher
    capacity
    enrolledCount
    waitingCount
    termStartsOn
    termEndsOn
    room {
      id
      name
    }
    schedule {
      weekday
      startTime
      endTime
    }
    signup {
      open
    }
  }
`);

export const CoursesDocument = graphql(`
  query Courses($term: String) {
    courses(term: $term, first: 100) {
      totalCount
      nodes {
        ...CourseRow
      }
    }
  }
`);

export const CourseTermsDocument = graphql(`
  query CourseTerms {
    courses(first: 100) {
      nodes {
        id
        term
      }
    }
  }
`);

export const CreateCourseDocument = graphql(`
  mutation CreateCourse($input: CreateCourseInput!) {
    createCourse(input: $input) {
      course {
        ...CourseRow
      }
      sessionCount
      clashes {
        startsAt
        endsAt
        booking {
          ...BookingRow
        }
      }
      userErrors {
        field
        code
        message
        params
      }
    }
  }
`);

export const CourseDetailDocument = graphql(`
  query CourseDetail($id: ID!) {
    node(id: $id) {
      ... on Course {
        ...CourseRow
        enrolments {
          id
          status
          waitingPosition
          member {
            id
            name
          }
        }
        sessions {
          id
          startsAt
          endsAt
          status
          attendance {
            present
            member {
              id
            }
          }
        }
      }
    }
  }
`);

export const CourseMemberSearchDocument = graphql(`
  query CourseMemberSearch($search: String!) {
    members(first: 20, filter: { search: $search, status: [ACTIVE] }) {
      nodes {
        id
        name
        branch {
          id
          name
        }
      }
    }
  }
`);

export const EnrolInCourseDocument = graphql(`
  mutation EnrolInCourse($input: CourseMemberInput!) {
    enrolInCourse(input: $input) {
      enrolment {
        id
        status
        waitingPosition
      }
      userErrors {
        field
        code
        message
        params
      }
    }
  }
`);

export const WithdrawFromCourseDocument = graphql(`
  mutation WithdrawFromCourse($input: CourseMemberInput!) {
    withdrawFromCourse(input: $input) {
      enrolment {
        id
        status
      }
      promoted {
        id
        status
      }
      userErrors {
        field
        code
        message
        params
      }
    }
  }
`);

export const RecordCourseAttendanceDocument = graphql(`
  mutation RecordCourseAttendance($input: RecordCourseAttendanceInput!) {
    recordCourseAttendance(input: $input) {
      session {
        id
        attendance {
          present
          member {
            id
          }
        }
      }
      userErrors {
        field
        code
        message
        params
      }
    }
  }
`);
